import "server-only";
import fs from "node:fs/promises";
import { AppError } from "../errors";
import type { GenerationData } from "./generation-data";
import { readImageGenerationDataWithPixels } from "./read-image.server";

/** The largest image file read: 50 MB, as the upload limit. */
export const MAX_IMAGE_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Generation data of one image file, for tools that index many: {source, prompt, negative, params} (and `hiddenIn`
 * for stealth PNG info), or an AppError with a message fit to print: no such file ("not_found"), a folder, device or
 * pipe, a file over {@link MAX_IMAGE_FILE_BYTES} ("payload_too_large"), not an image, or no generation data.
 * Looks before it reads, and reads no more than the size it saw.
 * @example await readImageFileGenerationData("downloads/00012-42.png") // { source: "a1111", prompt: "a cat", ... }
 */
export async function readImageFileGenerationData(file: string): Promise<GenerationData> {
  return readImageGenerationDataWithPixels(await readImageFile(file));
}

async function readImageFile(file: string): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new AppError("not_found", `No such file: ${file}`, `找不到文件：${file}`);
  if (stat.isDirectory()) throw new AppError("invalid_input", `${file} is a folder, not an image file.`, `${file} 是文件夹，不是图片文件。`);
  if (!stat.isFile()) throw new AppError("invalid_input", `${file} is not a regular file.`, `${file} 不是普通文件。`);
  if (stat.size > MAX_IMAGE_FILE_BYTES) throw new AppError("payload_too_large", "The image is larger than 50 MB.", "图片超过 50 MB。");
  const bytes = new Uint8Array(stat.size);
  const handle = await fs.open(file, "r");
  try {
    let at = 0;
    while (at < bytes.length) {
      const { bytesRead } = await handle.read(bytes, at, bytes.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return bytes.subarray(0, at);
  } finally {
    await handle.close();
  }
}
