import "server-only";
import sharp from "sharp";
import { AppError } from "../errors";
import { checkImageSize, DEFAULT_IMAGE_LIMITS } from "../png/image-limits";
import { padToSquare, toTaggerInput } from "./tagger-image";
import type { PixelLayout } from "./tagger-io";

/** Decoded pixels: RGB, 3 bytes a pixel, rows top to bottom. */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

// A large photo is first brought down to this multiple of the model's side, so padding never copies 100 megapixels.
const WORKING_SCALE = 2;

/**
 * Decodes an image (PNG, JPEG, WebP …; EXIF orientation applied, transparency over white) to RGB, shrunk to fit
 * `maxSide` when larger. Unreadable images and ones over `maxPixels` are AppError("invalid_input").
 */
export async function decodeImageRgb(bytes: Uint8Array, maxSide: number, maxPixels = DEFAULT_IMAGE_LIMITS.maxPixels): Promise<RgbImage> {
  try {
    const meta = await sharp(bytes, { failOn: "error", limitInputPixels: false }).metadata();
    checkImageSize(meta.width ?? 0, meta.height ?? 0, maxPixels);
    const { data, info } = await sharp(bytes, { failOn: "error", limitInputPixels: maxPixels })
      .rotate()
      .flatten({ background: "#ffffff" })
      .toColourspace("srgb")
      .resize(maxSide, maxSide, { fit: "inside", withoutEnlargement: true, kernel: "cubic" })
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`decoded to ${info.channels} channels`);
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("invalid_input", `The image could not be read: ${(error as Error).message}`, `无法读取图片：${(error as Error).message}`);
  }
}

/**
 * Prepares an image the way WD taggers were trained: transparency over white, padded to a square with white,
 * resized (bicubic) to `size`², then {@link toTaggerInput} (BGR 0–255 in the model's layout).
 */
export async function prepareTaggerInput(bytes: Uint8Array, size: number, layout: PixelLayout, maxPixels?: number): Promise<Float32Array> {
  const image = await decodeImageRgb(bytes, size * WORKING_SCALE, maxPixels);
  const square = padToSquare(image.data, image.width, image.height);
  const resized = square.side === size ? square.data : await sharp(square.data, { raw: { width: square.side, height: square.side, channels: 3 } })
    .resize(size, size, { fit: "fill", kernel: "cubic" })
    .raw()
    .toBuffer();
  return toTaggerInput(new Uint8Array(resized.buffer, resized.byteOffset, resized.length), size, layout);
}
