import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Creates a fresh database with every migration applied and points DATABASE_URL at it; call before anything reads
 * the environment. SQLite by default (a temporary file, milliseconds, no Prisma CLI); a new PostgreSQL database on the
 * server TEST_POSTGRES_URL names when it is set (`npm test` runs the database tests a second time that way).
 * Answers the SQLite file, or the PostgreSQL URL.
 */
export function useTestDatabase(): string {
  const server = process.env.TEST_POSTGRES_URL;
  if (server) {
    const url = execFileSync(process.execPath, [path.join("tests", "support", "create-postgres-database.mjs"), server], { encoding: "utf8" });
    process.env.DATABASE_URL = url;
    return url;
  }
  const file = createSqliteTestDatabase();
  process.env.DATABASE_URL = `file:${file}`;
  return file;
}

/** A fresh SQLite file with every migration applied, whatever the test run's engine (answers the file). */
export function createSqliteTestDatabase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "prompt-studio-test-"));
  const file = path.join(dir, "test.db");
  const db = new Database(file);
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  for (const name of fs.readdirSync(migrations).filter((n) => !n.endsWith(".toml")).sort()) {
    db.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  db.close();
  return file;
}

/** Whether this run's test database is PostgreSQL (TEST_POSTGRES_URL), for the few assertions that differ by engine. */
export const testingOnPostgres = (): boolean => Boolean(process.env.TEST_POSTGRES_URL);
