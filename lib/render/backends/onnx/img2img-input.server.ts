import "server-only";
import sharp, { type Sharp } from "sharp";
import { AppError } from "../../../errors";
import type { ResizeMode } from "../../render-types";

/**
 * Decodes an img2img input (PNG, JPEG, WebP …; EXIF orientation applied, alpha dropped) and fits it to
 * width × height with A1111's resize modes: "just-resize" stretches, "crop-and-resize" fills and crops the centre,
 * "resize-and-fill" fits inside and stretches the edge rows or columns over the bands left empty. Returns RGB, HWC.
 */
export async function fitImage(bytes: Uint8Array, width: number, height: number, mode: ResizeMode): Promise<Uint8Array> {
  try {
    const image = sharp(bytes, { failOn: "error" }).rotate().removeAlpha().toColourspace("srgb");
    if (mode === "just-resize") return await raw(image.resize(width, height, { fit: "fill" }));
    if (mode === "crop-and-resize") return await raw(image.resize(width, height, { fit: "cover", position: "centre" }));
    return await resizeAndFill(image, width, height);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      "invalid_input",
      `The img2img image could not be read: ${(error as Error).message}`,
      `无法读取图生图的输入图片：${(error as Error).message}`,
    );
  }
}

async function raw(image: Sharp): Promise<Uint8Array> {
  return new Uint8Array(await image.raw().toBuffer());
}

// A1111's resize_image(2, …): paste the fitted image in the middle, then stretch its first/last row (or column)
// over the top/bottom (or left/right) bands of `height // 2 - src_h // 2` pixels.
async function resizeAndFill(image: Sharp, width: number, height: number): Promise<Uint8Array> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  const ratio = width / height;
  const srcRatio = info.width / info.height;
  const srcW = ratio < srcRatio ? width : Math.floor((info.width * height) / info.height);
  const srcH = ratio >= srcRatio ? height : Math.floor((info.height * width) / info.width);
  const fitted = await raw(sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).resize(srcW, srcH, { fit: "fill" }));
  const out = new Uint8Array(width * height * 3);
  const left = Math.floor(width / 2) - Math.floor(srcW / 2);
  const top = Math.floor(height / 2) - Math.floor(srcH / 2);
  const pixel = (x: number, y: number, sx: number, sy: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    out.set(fitted.subarray((sy * srcW + sx) * 3, (sy * srcW + sx) * 3 + 3), (y * width + x) * 3);
  };
  for (let y = 0; y < srcH; y++) for (let x = 0; x < srcW; x++) pixel(left + x, top + y, x, y);
  if (ratio < srcRatio && top > 0) {
    for (let y = 0; y < top; y++) {
      for (let x = 0; x < width; x++) {
        pixel(x, y, Math.min(srcW - 1, x), 0);
        pixel(x, top + srcH + y, Math.min(srcW - 1, x), srcH - 1);
      }
    }
  } else if (ratio > srcRatio && left > 0) {
    for (let x = 0; x < left; x++) {
      for (let y = 0; y < height; y++) {
        pixel(x, y, 0, Math.min(srcH - 1, y));
        pixel(left + srcW + x, y, srcW - 1, Math.min(srcH - 1, y));
      }
    }
  }
  return out;
}
