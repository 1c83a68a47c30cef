import "server-only";
import { AppError } from "../../errors";
import { inflateZlib } from "../../png/inflate.server";
import { detectImageFormat } from "../../png/read-image-metadata";
import { readPngText, writePngText } from "../../png/png-text";

/**
 * A rendered image as a PNG carrying A1111 `parameters` infotext. A PNG that already carries it is kept byte for byte
 * (unless `replace`); otherwise `infotext` is written in. A JPEG or WebP (a server set to save those) becomes a PNG.
 */
export async function toInfotextPng(bytes: Uint8Array, infotext: string | undefined, options: { replace?: boolean } = {}): Promise<{ png: Uint8Array; infotext: string }> {
  const png = await asPng(bytes);
  const existing = options.replace ? undefined : readPngText(png, { inflate: inflateZlib }).parameters;
  if (existing !== undefined) return { png, infotext: existing };
  const text = infotext ?? "";
  return { png: text ? writePngText(png, [{ keyword: "parameters", text }]) : png, infotext: text };
}

async function asPng(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    if (detectImageFormat(bytes) === "png") return bytes;
    const sharp = (await import("sharp")).default;
    return new Uint8Array(await sharp(bytes).png().toBuffer());
  } catch {
    throw new AppError("render_failed", "The render server sent an image that could not be read.", "渲染服务器返回的图片无法读取。");
  }
}
