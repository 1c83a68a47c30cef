import { createImageError } from "./image-errors";
import { DEFAULT_IMAGE_LIMITS } from "./image-limits";

/** One marker segment of a JPEG file (APPn, COM, SOFn, DQT ...). */
export interface JpegSegment {
  /** The marker's second byte, e.g. 0xe1 for APP1, 0xfe for COM. */
  marker: number;
  /** The segment's payload after the length field: a view into the input. */
  data: Uint8Array;
  /** Where the segment's marker starts in the input. */
  offset: number;
}

/** What {@link readJpegSegments} found. */
export interface JpegSegmentList {
  segments: JpegSegment[];
  /** From the first SOFn segment, when there is one. */
  width?: number;
  height?: number;
  /** True when the file ended before the start of scan (SOS) or end of image (EOI). */
  truncated: boolean;
}

/**
 * Walks the marker segments of a JPEG from SOI up to and including the first SOS (metadata comes before the image
 * data), with bounds checks; stray bytes between segments are skipped as PIL does. A cut file returns what was read with
 * `truncated: true`; a file that does not start with SOI, a segment length under 2 or more than `maxSegments`
 * segments throws AppError("invalid_input").
 * @example readJpegSegments(jpeg).segments.map((s) => s.marker) // [0xe0, 0xe1, 0xdb, 0xc0, 0xc4, 0xda]
 */
export function readJpegSegments(bytes: Uint8Array, maxSegments = DEFAULT_IMAGE_LIMITS.maxChunks): JpegSegmentList {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) {
    throw createImageError("not_an_image", "This file is not a JPEG image.", "这不是 JPEG 图片。");
  }
  const segments: JpegSegment[] = [];
  const result: JpegSegmentList = { segments, truncated: false };
  let pos = 2;
  for (;;) {
    if (pos >= bytes.length) return { ...result, truncated: true };
    // Like PIL (and libjpeg, with a warning), skip stray bytes and escaped 0xFF00 between segments.
    if (bytes[pos] !== 0xff) {
      pos++;
      continue;
    }
    const offset = pos;
    while (pos < bytes.length && bytes[pos] === 0xff) pos++;
    if (pos >= bytes.length) return { ...result, truncated: true };
    const marker = bytes[pos++];
    if (marker === 0xd9) return result;
    if (marker === 0x00 || marker === 0x01 || marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (bytes.length - pos < 2) return { ...result, truncated: true };
    const length = (bytes[pos] << 8) | bytes[pos + 1];
    if (length < 2) throw damagedJpeg(offset);
    if (length > bytes.length - pos) return { ...result, truncated: true };
    if (segments.length >= maxSegments) throw damagedJpeg(offset);
    const data = bytes.subarray(pos + 2, pos + length);
    segments.push({ marker, data, offset });
    if (isStartOfFrame(marker) && result.width === undefined && data.length >= 5) {
      result.height = (data[1] << 8) | data[2];
      result.width = (data[3] << 8) | data[4];
    }
    pos += length;
    if (marker === 0xda) return result;
  }
}

function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function damagedJpeg(at: number) {
  return createImageError(
    "damaged",
    `This JPEG is damaged: its structure is broken at byte ${at}.`,
    `此 JPEG 已损坏：第 ${at} 字节处的结构有误。`,
  );
}
