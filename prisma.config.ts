import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Must be set before the CLI does anything, or it tries to download engines (offline machines).
process.env.DATABASE_URL ??= "file:./data/app.db";
const url = process.env.DATABASE_URL;

// Prisma 6.19 sends whole multi-statement migration scripts through executeRaw() on the shadow database,
// which better-sqlite3 rejects; route those through executeScript().
class MigrateSafeBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connectToShadowDb() {
    const adapter = await super.connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      try {
        return await executeRaw(query);
      } catch {
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new MigrateSafeBetterSQLite3({ url }),
});
