import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseKind, postgresPoolConfig } from "./lib/db/database-url";
import { MigrateSafePg, MigrateSafeSQLite } from "./prisma/migrate-adapters";

// Must be set before the CLI does anything, or it tries to download engines (offline machines).
process.env.DATABASE_URL ??= "file:./data/app.db";
const url = process.env.DATABASE_URL;

// One data model, two engines: prisma/schema.prisma (SQLite, the source) and prisma/postgres/schema.prisma, generated
// from it by `npm run db:schema` with its own migrations. The URL picks the schema, the migrations and the adapter.
const postgres = databaseKind(url) === "postgres";
const root = postgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(root, "schema.prisma"),
  migrations: { path: path.join(root, "migrations") },
  adapter: async () => (postgres ? new MigrateSafePg(postgresPoolConfig(url)) : new MigrateSafeSQLite({ url })),
});
