import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

const HEADER = "// Generated from ../schema.prisma by `npm run db:schema`: edit that file, never this one.\n";

/**
 * The PostgreSQL twin of the SQLite schema: the same models, another provider, and its own generated client
 * (lib/db/generated-pg). Every other line is kept, so the two data models cannot drift apart.
 */
export function postgresSchemaFrom(sqlite) {
  const swapped = sqlite
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)=\s*"\.\.\/lib\/db\/generated"/, 'output$1= "../../lib/db/generated-pg"');
  if (!swapped.includes('"postgresql"') || !swapped.includes("generated-pg")) throw new Error("prisma/schema.prisma: expected a sqlite datasource and output ../lib/db/generated");
  return HEADER + swapped;
}

/** Writes prisma/postgres/schema.prisma from prisma/schema.prisma; returns whether it changed. */
export function writePostgresSchema(root = process.cwd()) {
  const text = postgresSchemaFrom(fs.readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
  const file = path.join(root, POSTGRES_SCHEMA);
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return true;
}
