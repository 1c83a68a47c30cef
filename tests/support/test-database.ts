import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Creates a fresh SQLite file with every migration applied (milliseconds, no Prisma CLI) and points DATABASE_URL
 * at it. Call before anything reads the environment.
 */
export function useTestDatabase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "prompt-studio-test-"));
  const file = path.join(dir, "test.db");
  const db = new Database(file);
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  for (const name of fs.readdirSync(migrations).filter((n) => !n.endsWith(".toml")).sort()) {
    db.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  db.close();
  process.env.DATABASE_URL = `file:${file}`;
  return file;
}
