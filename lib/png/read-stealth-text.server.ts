import "server-only";
import sharp from "sharp";
import { createImageError } from "./image-errors";
import { resolveImageLimits, type ImageLimits } from "./image-limits";
import { inflateGzip } from "./inflate.server";
import { countStealthPixels, readStealthHeader, readStealthPayload, STEALTH_HEADER_BITS, type RawPixels, type StealthMode } from "./stealth-bits";

/** Text hidden in an image's pixels by the stealth PNG info layout, and where it was. */
export interface StealthText {
  text: string;
  mode: StealthMode;
  compressed: boolean;
}

/** The most raw pixel bytes decoded to read hidden text: 64 MiB (16 megapixels of RGBA, 2 MiB of hidden text). */
export const MAX_STEALTH_REGION_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8");

/**
 * Reads stealth PNG info (A1111's stealth-pnginfo extension, NovelAI): text hidden in the low bits of the alpha
 * channel or of RGB, decoded with sharp. Only the leftmost columns that hold the bits are kept in memory, twice:
 * first those of the header, then those of the payload. Returns undefined when the pixels cannot be decoded or hold
 * no signature. Throws AppError("invalid_input") when a signature is there but the data is damaged, or larger than
 * `maxChunkBytes` hidden, `maxInflatedBytes` inflated or {@link MAX_STEALTH_REGION_BYTES} of pixels (reason
 * "too_large"); images over `maxPixels` are not decoded.
 * @example await readStealthText(png) // { text: "a cat\nSteps: 20, ...", mode: "alpha", compressed: true }
 */
export async function readStealthText(bytes: Uint8Array, options: Partial<ImageLimits> = {}): Promise<StealthText | undefined> {
  const limits = resolveImageLimits(options);
  const size = await readSize(bytes, limits.maxPixels);
  if (!size) return undefined;
  const { width, height } = size;
  const imagePixels = width * height;
  const headerColumns = Math.min(width, Math.ceil(STEALTH_HEADER_BITS / height));
  // An image too tall to check within the bound is read as one without hidden text.
  if (headerColumns * height * 4 > MAX_STEALTH_REGION_BYTES) return undefined;
  const first = await readColumns(bytes, width, height, headerColumns, limits.maxPixels);
  if (!first) return undefined;
  const header = readStealthHeader(first, { imagePixels, maxPayloadBytes: limits.maxChunkBytes });
  if (!header) return undefined;
  const columns = Math.ceil(countStealthPixels(header.mode, STEALTH_HEADER_BITS + header.bitLength) / height);
  if (columns * height * first.channels > MAX_STEALTH_REGION_BYTES) throw tooManyPixels();
  const pixels = columns <= first.width ? first : await readColumns(bytes, width, height, columns, limits.maxPixels);
  if (!pixels) return undefined;
  const payload = readStealthPayload(pixels, header);
  const text = utf8.decode(header.compressed ? inflateGzip(payload, limits.maxInflatedBytes) : payload);
  return { text, mode: header.mode, compressed: header.compressed };
}

async function readSize(bytes: Uint8Array, maxPixels: number): Promise<{ width: number; height: number } | undefined> {
  try {
    const { width, height } = await sharp(bytes, { limitInputPixels: maxPixels }).metadata();
    return width && height && width * height <= maxPixels ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

// The leftmost `columns` columns, full height, as 8-bit RGB(A); ICC profiles are ignored so the low bits stay put.
async function readColumns(bytes: Uint8Array, width: number, height: number, columns: number, maxPixels: number): Promise<RawPixels | undefined> {
  try {
    const region = { left: 0, top: 0, width: Math.min(width, columns), height };
    const { data, info } = await sharp(bytes, { limitInputPixels: maxPixels, ignoreIcc: true })
      .extract(region)
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
    if (info.channels < 3) return undefined;
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, channels: info.channels };
  } catch {
    return undefined;
  }
}

function tooManyPixels() {
  return createImageError(
    "too_large",
    `The PNG info hidden in this image's pixels spans more than ${MAX_STEALTH_REGION_BYTES} bytes of pixels; it was not read.`,
    `此图片像素中隐藏的 PNG 信息跨越超过 ${MAX_STEALTH_REGION_BYTES} 字节的像素，未予读取。`,
  );
}
