import { execFileSync } from "node:child_process";

/**
 * `prisma migrate diff --exit-code` from an engine's migrations to its schema: exit 0 when replaying the migrations
 * gives the schema (2 when they differ), with the SQL that would close the gap for the failure message.
 */
export function migrationsDrift(engine: "sqlite" | "postgres", databaseUrl: string): { code: number; sql: string } {
  const [migrations, schema] = engine === "sqlite" ? ["prisma/migrations", "prisma/schema.prisma"] : ["prisma/postgres/migrations", "prisma/postgres/schema.prisma"];
  const args = ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--script", "--exit-code"];
  const env = { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  try {
    execFileSync(process.execPath, args, { env, encoding: "utf8", stdio: "pipe" });
    return { code: 0, sql: "" };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, sql: `${e.stdout}${e.stderr}` };
  }
}
