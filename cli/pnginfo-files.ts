import fs from "node:fs/promises";
import path from "node:path";
import { readImageFileGenerationData } from "../lib/infotext/read-image-file.server";

const IMAGE = /\.(png|jpe?g|webp)$/i;

/** The image files named: files as given, folders as their PNG/JPEG/WebP files sorted by name (not recursive). */
export async function listImageFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(p, { withFileTypes: true })).filter((d) => d.isFile() && IMAGE.test(d.name)).map((d) => d.name).sort();
      files.push(...names.map((n) => path.join(p, n)));
    } else files.push(p);
  }
  return files;
}

/**
 * One JSON line per image, in order: {"file", "source", "prompt", "negative", "params"} or {"file", "error"}; a bad
 * file never stops the rest, so a folder of downloads can be indexed in one run.
 */
export async function writePngInfoLines(paths: string[], write: (line: string) => void): Promise<void> {
  for (const file of await listImageFiles(paths)) {
    try {
      const data = await readImageFileGenerationData(file);
      write(JSON.stringify({ file, ...data }) + "\n");
    } catch (error) {
      write(JSON.stringify({ file, error: (error as Error).message }) + "\n");
    }
  }
}
