import "server-only";
import { fitInside, type FittedPreview } from "./fit-inside";

/** The preview (PNG, JPEG or WebP) scaled to fit inside the box as PNG; null when there is none or it cannot be read. */
export async function fitPreview(bytes: Uint8Array | null, box: { width: number; height: number }): Promise<FittedPreview | null> {
  if (!bytes) return null;
  const sharp = (await import("sharp")).default;
  try {
    const source = sharp(bytes).rotate();
    const { width = 0, height = 0, orientation } = await source.metadata();
    // EXIF orientations 5–8 turn the picture a quarter: its drawn width is the stored height.
    const [w, h] = orientation && orientation >= 5 ? [height, width] : [width, height];
    const size = fitInside(w, h, box.width, box.height);
    const png = await source.resize(size.width, size.height, { fit: "fill" }).png().toBuffer();
    return { src: `data:image/png;base64,${png.toString("base64")}`, ...size };
  } catch {
    return null;
  }
}
