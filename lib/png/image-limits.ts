import { createImageError } from "./image-errors";

/** Caps that keep a hostile file from costing much time or memory; every field is optional where accepted. */
export interface ImageLimits {
  /** Largest single PNG chunk accepted (default 16 MiB). */
  maxChunkBytes: number;
  /** Most PNG chunks accepted before giving up (default 10,000). */
  maxChunks: number;
  /** Largest width × height accepted (default 100 megapixels, so 20000×20000 is rejected). */
  maxPixels: number;
  /** Most bytes all compressed text chunks of one image may inflate to, together (default 16 MiB). */
  maxInflatedBytes: number;
}

/** The defaults of {@link ImageLimits}. */
export const DEFAULT_IMAGE_LIMITS: Readonly<ImageLimits> = Object.freeze({
  maxChunkBytes: 16 * 1024 * 1024,
  maxChunks: 10_000,
  maxPixels: 100_000_000,
  maxInflatedBytes: 16 * 1024 * 1024,
});

/** Fills the missing fields of `limits` with the defaults. */
export function resolveImageLimits(limits: Partial<ImageLimits> = {}): ImageLimits {
  return {
    maxChunkBytes: limits.maxChunkBytes ?? DEFAULT_IMAGE_LIMITS.maxChunkBytes,
    maxChunks: limits.maxChunks ?? DEFAULT_IMAGE_LIMITS.maxChunks,
    maxPixels: limits.maxPixels ?? DEFAULT_IMAGE_LIMITS.maxPixels,
    maxInflatedBytes: limits.maxInflatedBytes ?? DEFAULT_IMAGE_LIMITS.maxInflatedBytes,
  };
}

/** Throws AppError("invalid_input", reason "too_large") when `width × height` is over `maxPixels`. */
export function checkImageSize(width: number, height: number, maxPixels: number): void {
  if (width * height <= maxPixels) return;
  const mp = Math.round(maxPixels / 1_000_000);
  throw createImageError(
    "too_large",
    `The image is too large: ${width}×${height} pixels, more than the ${mp} megapixels allowed.`,
    `图片尺寸过大：${width}×${height} 像素，超过了允许的 ${mp} 百万像素。`,
  );
}
