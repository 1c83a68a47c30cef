import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";

/** The sha256 of a file, hex, read as a stream (multi-GB UNet files included). */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
