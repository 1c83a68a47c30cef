import "server-only";
import { AppError } from "../../errors";
import type { ResizeMode } from "../render-types";

/**
 * Fits an img2img image to width × height as A1111's resize modes do, as PNG: stretch ("just-resize"), fill and
 * crop the middle ("crop-and-resize"), or fit inside and stretch the edge pixels into the gaps ("resize-and-fill").
 */
export async function fitImage(image: Uint8Array, width: number, height: number, mode: ResizeMode): Promise<Uint8Array<ArrayBuffer>> {
  const sharp = (await import("sharp")).default;
  try {
    const source = sharp(image).rotate();
    if (mode === "just-resize") return new Uint8Array(await source.resize(width, height, { fit: "fill" }).png().toBuffer());
    if (mode === "crop-and-resize") return new Uint8Array(await source.resize(width, height, { fit: "cover" }).png().toBuffer());
    const { data, info } = await source.resize(width, height, { fit: "inside" }).png().toBuffer({ resolveWithObject: true });
    const left = Math.floor((width - info.width) / 2);
    const top = Math.floor((height - info.height) / 2);
    const extended = sharp(data).extend({ left, right: width - info.width - left, top, bottom: height - info.height - top, extendWith: "copy" });
    return new Uint8Array(await extended.png().toBuffer());
  } catch {
    throw new AppError("invalid_input", "The img2img image could not be read; it may be damaged.", "无法读取图生图的输入图片，它可能已损坏。");
  }
}
