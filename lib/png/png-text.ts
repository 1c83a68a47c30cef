import { concatBytes } from "./concat-bytes";
import { AppError } from "../errors";
import { createImageError } from "./image-errors";
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from "./image-limits";
import { decodeLatin1 } from "./latin1";
import { PNG_SIGNATURE, readPngChunks, type PngChunk } from "./png-chunks";
import {
  decodePngTextChunk,
  encodePngTextChunk,
  PNG_TEXT_CHUNK_TYPES,
  type Inflate,
  type PngTextEntry,
} from "./png-text-chunk";

/** Options of {@link readPngText}: the zlib inflater for zTXt / compressed iTXt, and optional limits. */
export interface ReadPngTextOptions extends Partial<ImageLimits> {
  inflate: Inflate;
}

/** Text found in PNG chunks, and the chunks that were skipped because they were damaged. */
export interface PngTextResult {
  text: Record<string, string>;
  warnings: string[];
}

/**
 * Reads every tEXt, zTXt and iTXt chunk of a whole PNG into keyword → text. When a keyword repeats, the last
 * chunk wins, as in PIL's `image.info` that A1111 reads. Text chunks after IDAT count too. A damaged text chunk
 * is skipped; a damaged or truncated file, or compressed text over the limits, throws AppError("invalid_input").
 * @example readPngText(png, { inflate: inflateZlib }) // { parameters: "a cat\nSteps: 20, ..." }
 */
export function readPngText(bytes: Uint8Array, options: ReadPngTextOptions): Record<string, string> {
  return extractPngText(readPngChunks(bytes, options).chunks, options).text;
}

/**
 * The text of chunks already read by readPngChunks, with a warning for each damaged text chunk skipped.
 * Compressed text may inflate to `maxInflatedBytes` in all (default 16 MiB); past that it throws
 * AppError("invalid_input", reason "too_large"), as it does for such an error thrown by `inflate`.
 */
export function extractPngText(chunks: readonly PngChunk[], options: ReadPngTextOptions): PngTextResult {
  const max = options.maxInflatedBytes ?? DEFAULT_IMAGE_LIMITS.maxInflatedBytes;
  let budget = max;
  const inflate: Inflate = (data) => {
    const out = options.inflate(data, budget);
    if (out.length > budget) throw tooMuchText(max);
    budget -= out.length;
    return out;
  };
  const text: Record<string, string> = {};
  const warnings: string[] = [];
  for (const chunk of chunks) {
    if (!PNG_TEXT_CHUNK_TYPES.includes(chunk.type)) continue;
    try {
      const entry = decodePngTextChunk(chunk.type, chunk.data, inflate);
      // defineProperty so that a keyword like "__proto__" is kept as a plain key.
      const property = { value: entry.text, enumerable: true, writable: true, configurable: true };
      Object.defineProperty(text, entry.keyword, property);
    } catch (error) {
      if (isTooLarge(error)) throw error;
      warnings.push(`Skipped the damaged ${chunk.type} chunk at byte ${chunk.offset}: ${describe(error)}`);
    }
  }
  return { text, warnings };
}

/**
 * Returns a copy of `png` with one text chunk per entry inserted right after IHDR (tEXt for Latin-1 text,
 * otherwise uncompressed iTXt). Existing text chunks with the same keywords are removed so that the new text is
 * what readers see; other chunks are copied byte for byte, and anything after IEND is dropped. Throws
 * AppError("invalid_input") when `png` is not a complete PNG or a keyword is not 1–79 printable Latin-1 characters.
 * @example readPngText(writePngText(png, [{ keyword: "parameters", text: "a cat" }]), o).parameters // "a cat"
 */
export function writePngText(png: Uint8Array, entries: readonly PngTextEntry[]): Uint8Array {
  const { chunks } = readPngChunks(png);
  const inserted = entries.map((e) => encodePngTextChunk(e.keyword, e.text));
  const replaced = new Set(entries.map((e) => e.keyword));
  const kept = chunks.slice(1).filter((c) => !(PNG_TEXT_CHUNK_TYPES.includes(c.type) && replaced.has(readKeyword(c))));
  const raw = (c: PngChunk) => png.subarray(c.offset, c.offset + 12 + c.data.length);
  return concatBytes(PNG_SIGNATURE, raw(chunks[0]), ...inserted, ...kept.map(raw));
}

function readKeyword(chunk: PngChunk): string {
  const nul = chunk.data.indexOf(0);
  return decodeLatin1(chunk.data.subarray(0, nul < 0 ? chunk.data.length : nul));
}

function isTooLarge(error: unknown): boolean {
  return error instanceof AppError && (error.details as { reason?: string } | undefined)?.reason === "too_large";
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function tooMuchText(max: number) {
  return createImageError(
    "too_large",
    `The compressed text in this PNG inflates to more than ${max} bytes; it was not read.`,
    `此 PNG 中的压缩文本解压后超过 ${max} 字节，未予读取。`,
  );
}
