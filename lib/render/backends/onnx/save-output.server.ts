import "server-only";
import fs from "node:fs";
import path from "node:path";
import { getPrisma } from "../../../db/client.server";
import { getEnv } from "../../../env";

/** Where rendered images go by default: OUTPUTS_DIR, else outputs/ beside the database (data/outputs/), never the source tree. */
export const defaultOutputDir = () => getEnv().outputsDir;

/**
 * Writes a rendered PNG as `<dir>/<YYYY-MM-DD>/<NNNNN>-<seed>.png` (A1111's naming) and records it in the database.
 * @example saveOutput(png, 42, "a cat\nSteps: 20, …") // "data/outputs/2026-11-27/00000-42.png"
 */
export async function saveOutput(png: Uint8Array, seed: number, infotext: string, dir = defaultOutputDir()): Promise<string> {
  const day = `${dir}${path.sep}${new Date().toISOString().slice(0, 10)}`;
  // The output folder is chosen at run time: keep the bundler from tracing the whole project for it.
  fs.mkdirSync(/*turbopackIgnore: true*/ day, { recursive: true });
  let n = fs.readdirSync(/*turbopackIgnore: true*/ day).length;
  let file: string;
  for (;;) {
    file = `${day}${path.sep}${String(n).padStart(5, "0")}-${seed}.png`;
    try {
      fs.writeFileSync(/*turbopackIgnore: true*/ file, png, { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      n++;
    }
  }
  await getPrisma().renderOutput.create({ data: { path: file, seed: BigInt(seed), infotext } });
  return file;
}
