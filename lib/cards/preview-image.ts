import { AppError } from "../errors";

export const MAX_PREVIEW_BYTES = 10 * 1024 * 1024;

/** The MIME type of PNG, JPEG or WebP bytes, by their signature; null for anything else. */
export function imageMimeType(bytes: Uint8Array): "image/png" | "image/jpeg" | "image/webp" | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === "RIFF" && String.fromCharCode(...bytes.subarray(8, 12)) === "WEBP") return "image/webp";
  return null;
}

/** Decodes a base64 (or data: URL) preview image and checks that it is a PNG, JPEG or WebP of at most 10 MB. */
export function decodePreviewImage(base64: string): Uint8Array {
  const data = base64.replace(/^data:[^,]*,/, "");
  if (!/^[A-Za-z0-9+/=\s]*$/.test(data)) throw new AppError("invalid_input", "The preview image is not valid base64.", "预览图不是有效的 base64 数据。");
  const bytes = Uint8Array.from(atob(data.replace(/\s/g, "")), (c) => c.charCodeAt(0));
  if (bytes.length > MAX_PREVIEW_BYTES) throw new AppError("payload_too_large", "The preview image is larger than 10 MB.", "预览图超过 10 MB。");
  if (!imageMimeType(bytes)) throw new AppError("invalid_input", "The preview is not a PNG, JPEG or WebP image.", "预览图不是 PNG、JPEG 或 WebP 图片。");
  return bytes;
}
