import { createImageError } from "./image-errors";
import { DEFAULT_IMAGE_LIMITS } from "./image-limits";

/** One chunk of a WebP (RIFF) file: "VP8 ", "VP8L", "VP8X", "EXIF", "XMP " ... */
export interface WebpChunk {
  type: string;
  /** The chunk's payload: a view into the input. */
  data: Uint8Array;
  /** Where the chunk's header starts in the input. */
  offset: number;
}

/** What {@link readWebpChunks} found. */
export interface WebpChunkList {
  chunks: WebpChunk[];
  /** The canvas size from VP8X, else the frame size from VP8 / VP8L, when readable. */
  width?: number;
  height?: number;
  /** True when the file is shorter than its RIFF header says. */
  truncated: boolean;
}

/**
 * Walks the chunks of a WebP RIFF container with bounds checks. A cut file returns the whole chunks before the cut
 * with `truncated: true` (EXIF usually comes last, so it is often lost); a file that is not RIFF/WEBP, or whose
 * chunks overrun a complete file, throws AppError("invalid_input").
 * @example readWebpChunks(webp).chunks.map((c) => c.type) // ["VP8X", "VP8 ", "EXIF"]
 */
export function readWebpChunks(bytes: Uint8Array, maxChunks = DEFAULT_IMAGE_LIMITS.maxChunks): WebpChunkList {
  if (bytes.length < 12 || readFourCc(bytes, 0) !== "RIFF" || readFourCc(bytes, 8) !== "WEBP") {
    throw createImageError("not_an_image", "This file is not a WebP image.", "这不是 WebP 图片。");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffEnd = 8 + view.getUint32(4, true);
  const truncated = riffEnd > bytes.length;
  const end = Math.min(riffEnd, bytes.length);
  const chunks: WebpChunk[] = [];
  let pos = 12;
  while (pos < end) {
    if (end - pos < 8 || view.getUint32(pos + 4, true) > end - pos - 8) {
      if (truncated) break;
      throw damagedWebp(pos);
    }
    if (chunks.length >= maxChunks) throw damagedWebp(pos);
    const size = view.getUint32(pos + 4, true);
    chunks.push({ type: readFourCc(bytes, pos), data: bytes.subarray(pos + 8, pos + 8 + size), offset: pos });
    pos += 8 + size + (size & 1);
  }
  return { chunks, ...readWebpSize(chunks), truncated };
}

function readWebpSize(chunks: WebpChunk[]): { width?: number; height?: number } {
  const x = chunks.find((c) => c.type === "VP8X")?.data;
  if (x && x.length >= 10) {
    return { width: 1 + (x[4] | (x[5] << 8) | (x[6] << 16)), height: 1 + (x[7] | (x[8] << 8) | (x[9] << 16)) };
  }
  const lossy = chunks.find((c) => c.type === "VP8 ")?.data;
  if (lossy && lossy.length >= 10 && lossy[3] === 0x9d && lossy[4] === 0x01 && lossy[5] === 0x2a) {
    return { width: (lossy[6] | (lossy[7] << 8)) & 0x3fff, height: (lossy[8] | (lossy[9] << 8)) & 0x3fff };
  }
  const lossless = chunks.find((c) => c.type === "VP8L")?.data;
  if (lossless && lossless.length >= 5 && lossless[0] === 0x2f) {
    const bits = (lossless[1] | (lossless[2] << 8) | (lossless[3] << 16) | (lossless[4] << 24)) >>> 0;
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  return {};
}

function readFourCc(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
}

function damagedWebp(at: number) {
  return createImageError(
    "damaged",
    `This WebP is damaged: its structure is broken at byte ${at}.`,
    `此 WebP 已损坏：第 ${at} 字节处的结构有误。`,
  );
}
