import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prismaBin, prismaEnv } from "./prisma.mjs";

/** Creates data/ and applies pending migrations with Prisma's JS schema engine (works offline). */
export function migrateDatabase() {
  fs.mkdirSync(path.join(process.cwd(), "data"), { recursive: true });
  execFileSync(process.execPath, [prismaBin, "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: prismaEnv() });
}
