import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** The Prisma CLI entry point, run with this Node (no npx wrapper). */
export const prismaBin = require.resolve("prisma/build/index.js");

/** The default database file, under data/ in the project root. */
export const defaultDatabaseUrl = () => `file:${path.join(process.cwd(), "data", "app.db")}`;

/** Environment for Prisma CLI calls: offline-safe settings and a database URL (required, or it tries downloads). */
export function prismaEnv() {
  return { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? defaultDatabaseUrl(), CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
}
