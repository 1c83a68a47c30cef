import { detectImageFormat } from "../png/read-image-metadata";

/**
 * A live preview's bytes as a data: URL for the progress event; undefined when there is none or it is not an image.
 * @example previewDataUrl(pngBytes) // "data:image/png;base64,iVBORw0KGgo…"
 */
export function previewDataUrl(preview: Uint8Array | undefined): string | undefined {
  if (!preview?.length) return undefined;
  try {
    return `data:image/${detectImageFormat(preview)};base64,${Buffer.from(preview).toString("base64")}`;
  } catch {
    return undefined;
  }
}
