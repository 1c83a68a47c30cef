import "server-only";
import zlib from "node:zlib";
import { createImageError } from "./image-errors";
import type { Inflate } from "./png-text-chunk";

/** The most one compressed text chunk may inflate to with {@link inflateZlib}: 8 MiB. */
export const MAX_INFLATE_BYTES = 8 * 1024 * 1024;

/**
 * Node's zlib inflate for zTXt and compressed iTXt, capped at `maxOutputBytes` (default and upper bound
 * {@link MAX_INFLATE_BYTES}). A stream cut short yields what it holds, as PIL's decompressobj does. Throws
 * AppError("invalid_input") with reason "too_large" past the cap (zip bombs) and "damaged" for data that is not zlib.
 * @example readPngText(png, { inflate: inflateZlib })
 */
export const inflateZlib: Inflate = (data, maxOutputBytes) => inflateBounded(zlib.inflateSync, data, maxOutputBytes);

/**
 * The same for gzip data (RFC 1952), as the stealth PNG info "comp" variants hide it in the pixels; same cap and
 * errors as {@link inflateZlib}.
 * @example new TextDecoder().decode(inflateGzip(zlib.gzipSync("a cat"))) // "a cat"
 */
export const inflateGzip: Inflate = (data, maxOutputBytes) => inflateBounded(zlib.gunzipSync, data, maxOutputBytes);

function inflateBounded(run: typeof zlib.inflateSync, data: Uint8Array, maxOutputBytes = MAX_INFLATE_BYTES): Uint8Array {
  const cap = Math.max(1, Math.min(MAX_INFLATE_BYTES, Math.floor(maxOutputBytes)));
  try {
    const out = run(data, { maxOutputLength: cap, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw createImageError(
        "too_large",
        `The compressed text in this image inflates to more than ${cap} bytes; it was not read.`,
        `此图片中的压缩文本解压后超过 ${cap} 字节，未予读取。`,
      );
    }
    const zh = "此图片中的压缩文本已损坏。";
    throw createImageError("damaged", "The compressed text in this image is damaged.", zh);
  }
}
