import "server-only";
import sharp from "sharp";

/** 8-bit RGB (HWC) as PNG bytes. */
export async function encodeRgbPng(rgb: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  return new Uint8Array(await sharp(rgb, { raw: { width, height, channels: 3 } }).png().toBuffer());
}

/** The longest side of a live preview: enough for the panel, cheap to encode every step. */
export const PREVIEW_MAX_SIDE = 256;

/** 8-bit RGB (HWC) as a quickly compressed PNG, for live previews. */
export async function encodePreviewPng(rgb: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const image = sharp(rgb, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 1, adaptiveFiltering: false });
  return new Uint8Array(await image.toBuffer());
}
