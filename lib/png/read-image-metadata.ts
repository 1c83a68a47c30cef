import { AppError } from "../errors";
import { readExifUserComment } from "./exif-user-comment";
import { createImageError, createTruncatedImageError } from "./image-errors";
import { checkImageSize, resolveImageLimits, type ImageLimits } from "./image-limits";
import { readJpegSegments } from "./jpeg-segments";
import { PNG_SIGNATURE, readPngChunks } from "./png-chunks";
import { extractPngText } from "./png-text";
import type { Inflate } from "./png-text-chunk";
import { readWebpChunks } from "./webp-chunks";

/** The image formats whose metadata can be read. */
export type ImageFormat = "png" | "jpeg" | "webp";

/** What {@link readImageMetadata} found in an image. */
export interface ImageMetadata {
  format: ImageFormat;
  width?: number;
  height?: number;
  /**
   * PNG: every text chunk, keyword → text (A1111 writes its infotext as "parameters"). JPEG / WebP: "parameters"
   * from the EXIF UserComment, "comment" from the JPEG COM segment; with no UserComment, "parameters" falls back to
   * the COM text; XMP (JPEG APP1, WebP "XMP ") under PNG's keyword for it, "XML:com.adobe.xmp". Empty when the image
   * has no metadata.
   */
  text: Record<string, string>;
  /** True when the file is cut but metadata before the cut was read. */
  truncated: boolean;
  /** Problems that were tolerated (bad CRCs, damaged chunks skipped, truncation), in English. */
  warnings: string[];
}

/** The zlib inflater for compressed PNG text (`inflateZlib` on the server) and optional limits. */
export interface ReadImageMetadataOptions extends Partial<ImageLimits> {
  inflate: Inflate;
}

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0];
const XMP_HEADER = Array.from("http://ns.adobe.com/xap/1.0/\0", (c) => c.charCodeAt(0));
/** The keyword PNG gives XMP in an iTXt chunk; JPEG and WebP XMP is listed under it too. */
export const XMP_KEYWORD = "XML:com.adobe.xmp";
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];
const utf8 = new TextDecoder("utf-8");

/**
 * Reads the generation metadata of a PNG, JPEG or WebP (told apart by their magic bytes). Reads what a cut file
 * holds; throws AppError("invalid_input") for anything else, and for a cut file in which no metadata was found
 * (`details.reason === "truncated"`), or a file whose only metadata is damaged. A complete image without metadata
 * gives `text: {}`.
 * @example readImageMetadata(png, { inflate: inflateZlib })
 * // { format: "png", width: 512, height: 768, text: { parameters: "a cat\nSteps: 20, ..." }, truncated: false, warnings: [] }
 */
export function readImageMetadata(bytes: Uint8Array, options: ReadImageMetadataOptions): ImageMetadata {
  const limits = resolveImageLimits(options);
  const format = detectImageFormat(bytes);
  const errors: AppError[] = [];
  if (format === "png") {
    const list = readPngChunks(bytes, { ...limits, allowTruncated: true });
    const { text, warnings } = extractPngText(list.chunks, { ...limits, inflate: options.inflate });
    // A1111 also reads a UserComment from a PNG's eXIf; here it never replaces a "parameters" text chunk.
    const exif = list.chunks.find((c) => c.type === "eXIf");
    const comment = exif && !Object.hasOwn(text, "parameters") ? tryRead(exif.data, errors) : undefined;
    if (comment !== undefined) text.parameters = comment;
    const { width, height, truncated } = list;
    return finish({ format, width, height, text, truncated, warnings: [...list.warnings, ...warnings] }, errors);
  }
  const list = format === "jpeg" ? readJpegSegments(bytes, limits.maxChunks) : readWebpChunks(bytes, limits.maxChunks);
  const { width, height, truncated } = list;
  if (width !== undefined && height !== undefined) checkImageSize(width, height, limits.maxPixels);
  let exif: Uint8Array | undefined;
  let comment: string | undefined;
  let xmp: Uint8Array | undefined;
  if ("segments" in list) {
    // PIL keeps the first Exif APP1 and the last COM.
    exif = list.segments.find((s) => s.marker === 0xe1 && EXIF_HEADER.every((b, i) => s.data[i] === b))?.data;
    const com = list.segments.filter((s) => s.marker === 0xfe).at(-1);
    comment = com ? utf8.decode(com.data).replace(/\0+$/, "") || undefined : undefined;
    xmp = list.segments.find((s) => s.marker === 0xe1 && XMP_HEADER.every((b, i) => s.data[i] === b))?.data.subarray(XMP_HEADER.length);
  } else {
    exif = list.chunks.find((c) => c.type === "EXIF")?.data;
    xmp = list.chunks.find((c) => c.type === "XMP ")?.data;
  }
  const parameters = (exif ? tryRead(exif, errors) : undefined) ?? comment;
  const text: Record<string, string> = {};
  if (parameters !== undefined) text.parameters = parameters;
  if (comment !== undefined) text.comment = comment;
  if (xmp?.length) text[XMP_KEYWORD] = utf8.decode(xmp);
  return finish({ format, width, height, text, truncated, warnings: [] }, errors);
}

/**
 * Tells PNG, JPEG and WebP apart by their first bytes. Throws AppError("invalid_input") for an empty file, for the
 * first bytes of one of them cut short (reason "truncated"), and for any other file (reason "not_an_image").
 * @example detectImageFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // "jpeg"
 */
export function detectImageFormat(bytes: Uint8Array): ImageFormat {
  if (bytes.length === 0) throw createImageError("truncated", "The file is empty.", "文件是空的。");
  const matches = (magic: ArrayLike<number>, at = 0) =>
    Array.from(magic).every((b, i) => at + i >= bytes.length || bytes[at + i] === b);
  if (matches(PNG_SIGNATURE)) {
    if (bytes.length >= PNG_SIGNATURE.length) return "png";
  } else if (matches([0xff, 0xd8, 0xff])) {
    if (bytes.length >= 3) return "jpeg";
  } else if (matches(RIFF) && matches(WEBP, 8)) {
    if (bytes.length >= 12) return "webp";
  } else {
    const zh = "这不是 PNG、JPEG 或 WebP 图片。";
    throw createImageError("not_an_image", "This file is not a PNG, JPEG or WebP image.", zh);
  }
  throw createTruncatedImageError();
}

function tryRead(exif: Uint8Array, errors: AppError[]): string | undefined {
  try {
    return readExifUserComment(exif);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    errors.push(error);
    return undefined;
  }
}

function finish(found: ImageMetadata, errors: AppError[]): ImageMetadata {
  const empty = Object.keys(found.text).length === 0;
  if (empty && found.truncated) throw createTruncatedImageError();
  if (empty && errors.length > 0) throw errors[0];
  const warnings = [...found.warnings, ...errors.map((e) => `Skipped damaged metadata: ${e.message}`)];
  if (found.truncated && found.format !== "png") {
    warnings.push("The file is truncated; the metadata before the cut was read.");
  }
  return { ...found, warnings };
}
