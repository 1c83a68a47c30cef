import { computeCrc32 } from "./crc32";
import { createImageError, createTruncatedImageError } from "./image-errors";
import { checkImageSize, resolveImageLimits, type ImageLimits } from "./image-limits";

/** The 8 bytes every PNG file starts with. */
export const PNG_SIGNATURE: Readonly<Uint8Array> = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** One chunk of a PNG file. */
export interface PngChunk {
  /** The four-letter chunk type, e.g. "IHDR", "tEXt". */
  type: string;
  /** The chunk's data: a view into the input, not a copy. */
  data: Uint8Array;
  /** Where the chunk (its length field) starts in the input; the chunk spans `offset .. offset + 12 + data.length`. */
  offset: number;
  /** Whether the stored CRC matched; a mismatch is tolerated (A1111 and PIL ignore it) and listed in `warnings`. */
  crcOk: boolean;
}

/** What {@link readPngChunks} found. */
export interface PngChunkList {
  /** The chunks in file order, IHDR first, IEND last unless the file is truncated. */
  chunks: PngChunk[];
  width: number;
  height: number;
  /** Problems that were tolerated (CRC mismatches, truncation with `allowTruncated`), in English. */
  warnings: string[];
  /** True when the file ended before IEND (only possible with `allowTruncated`). */
  truncated: boolean;
}

/** Limits for {@link readPngChunks}, plus whether a cut file is an error (default) or read up to the cut. */
export interface ReadPngChunksOptions extends Partial<ImageLimits> {
  allowTruncated?: boolean;
}

const MAX_LENGTH = 0x7fffffff;

/**
 * Walks the chunks of a PNG file with strict bounds checks; stops at IEND and ignores anything after it.
 * Throws AppError("invalid_input") when the signature is wrong, IHDR is missing or bad, a chunk type is not four
 * letters, a length is over 2^31-1 or `maxChunkBytes`, there are more than `maxChunks` chunks, width × height is
 * over `maxPixels`, or (unless `allowTruncated`) the file ends before IEND. Never reads past the input.
 * @example readPngChunks(png).chunks.map((c) => c.type) // ["IHDR", "tEXt", "IDAT", "IEND"]
 */
export function readPngChunks(bytes: Uint8Array, options: ReadPngChunksOptions = {}): PngChunkList {
  const limits = resolveImageLimits(options);
  checkSignature(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  const warnings: string[] = [];
  let size = { width: 0, height: 0 };
  let truncated = false;
  let pos = PNG_SIGNATURE.length;
  for (;;) {
    if (bytes.length - pos < 8) {
      truncated = true;
      break;
    }
    const length = view.getUint32(pos);
    const type = readChunkType(bytes, pos + 4);
    checkChunkLength(type, length, limits.maxChunkBytes);
    if (chunks.length >= limits.maxChunks) {
      throw createImageError(
        "too_large",
        `This PNG has more than ${limits.maxChunks} chunks; it is damaged or not a real image.`,
        `此 PNG 的数据块超过 ${limits.maxChunks} 个，文件已损坏或不是真正的图片。`,
      );
    }
    const end = pos + 12 + length;
    if (end > bytes.length) {
      truncated = true;
      break;
    }
    const data = bytes.subarray(pos + 8, pos + 8 + length);
    const crcOk = computeCrc32(bytes, pos + 4, pos + 8 + length) === view.getUint32(pos + 8 + length);
    if (!crcOk) warnings.push(`The CRC of the ${type} chunk at byte ${pos} does not match; its data was used anyway.`);
    if (chunks.length === 0) size = readHeader(type, data, limits.maxPixels);
    chunks.push({ type, data, offset: pos, crcOk });
    pos = end;
    if (type === "IEND") break;
  }
  if (truncated) {
    if (!options.allowTruncated || chunks.length === 0) throw createTruncatedImageError();
    warnings.push(`The file is truncated after byte ${pos}; only the chunks before that were read.`);
  }
  return { chunks, ...size, warnings, truncated };
}

function checkSignature(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, PNG_SIGNATURE.length);
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== PNG_SIGNATURE[i]) {
      throw createImageError("not_an_image", "This file is not a PNG image.", "这不是 PNG 图片。");
    }
  }
  if (n < PNG_SIGNATURE.length) throw createTruncatedImageError();
}

function readChunkType(bytes: Uint8Array, at: number): string {
  let type = "";
  for (let i = at; i < at + 4; i++) {
    const c = bytes[i];
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) {
      throw createImageError(
        "damaged",
        `This PNG is damaged: the chunk at byte ${at - 4} has an invalid type.`,
        `此 PNG 已损坏：第 ${at - 4} 字节处的数据块类型无效。`,
      );
    }
    type += String.fromCharCode(c);
  }
  return type;
}

function checkChunkLength(type: string, length: number, maxChunkBytes: number): void {
  if (length > MAX_LENGTH) {
    throw createImageError(
      "damaged",
      `This PNG is damaged: the ${type} chunk declares an impossible length (${length} bytes).`,
      `此 PNG 已损坏：${type} 数据块声明的长度不可能（${length} 字节）。`,
    );
  }
  if (length > maxChunkBytes) {
    throw createImageError(
      "too_large",
      `This PNG has a ${type} chunk of ${length} bytes, more than the ${maxChunkBytes} allowed.`,
      `此 PNG 的 ${type} 数据块有 ${length} 字节，超过了允许的 ${maxChunkBytes} 字节。`,
    );
  }
}

function readHeader(type: string, data: Uint8Array, maxPixels: number): { width: number; height: number } {
  if (type !== "IHDR" || data.length < 13) {
    throw createImageError(
      "damaged",
      "This PNG is damaged: it does not start with a valid IHDR header.",
      "此 PNG 已损坏：文件开头没有有效的 IHDR 头。",
    );
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  if (width === 0 || height === 0 || width > MAX_LENGTH || height > MAX_LENGTH) {
    throw createImageError(
      "damaged",
      `This PNG is damaged: its size (${width}×${height}) is invalid.`,
      `此 PNG 已损坏：图片尺寸（${width}×${height}）无效。`,
    );
  }
  checkImageSize(width, height, maxPixels);
  return { width, height };
}

/**
 * Encodes one chunk: length, type, data and CRC.
 * @example encodePngChunk("IEND", new Uint8Array(0)) // 00 00 00 00 49 45 4E 44 AE 42 60 82
 */
export function encodePngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i) & 0xff;
  out.set(data, 8);
  view.setUint32(8 + data.length, computeCrc32(out, 4, 8 + data.length));
  return out;
}
