import { createImageError } from "./image-errors";

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"
const TAG_EXIF_IFD = 0x8769;
const TAG_USER_COMMENT = 0x9286;
// Bytes per value of the TIFF field types 1..13 (BYTE, ASCII, SHORT, LONG, RATIONAL, SBYTE, UNDEFINED, SSHORT,
// SLONG, SRATIONAL, FLOAT, DOUBLE, IFD).
const TYPE_SIZES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];

interface IfdEntry {
  type: number;
  count: number;
  /** Offset of the 4-byte value/offset field in the TIFF data. */
  field: number;
}

/**
 * Reads the EXIF UserComment (tag 0x9286) from an EXIF payload: TIFF data (II or MM), optionally preceded by
 * "Exif\0\0" as in a JPEG APP1 segment or some WebP EXIF chunks. Looks in the Exif IFD (pointer 0x8769 in IFD0),
 * then in IFD0 itself. Returns undefined when there is no UserComment or it is empty; throws
 * AppError("invalid_input", reason "damaged") when the TIFF structure points outside the data.
 * @example readExifUserComment(app1.subarray(4)) // "a cat\nSteps: 20, Sampler: Euler a, ..."
 */
export function readExifUserComment(exif: Uint8Array): string | undefined {
  const tiff = EXIF_HEADER.every((b, i) => exif[i] === b) ? exif.subarray(EXIF_HEADER.length) : exif;
  if (tiff.length < 8) throw damagedExif();
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const marker = String.fromCharCode(tiff[0], tiff[1]);
  const little = marker === "II";
  if ((!little && marker !== "MM") || view.getUint16(2, little) !== 42) throw damagedExif();
  const ifd0 = view.getUint32(4, little);
  const pointer = findEntry(view, little, ifd0, TAG_EXIF_IFD);
  const inExif = pointer ? findEntry(view, little, view.getUint32(pointer.field, little), TAG_USER_COMMENT) : undefined;
  const entry = inExif ?? findEntry(view, little, ifd0, TAG_USER_COMMENT);
  if (!entry) return undefined;
  const text = decodeUserComment(readEntryBytes(tiff, view, little, entry), little);
  return text === "" ? undefined : text;
}

/**
 * Decodes a UserComment value by its 8-byte charset prefix: "ASCII" (read as UTF-8, a superset), "UNICODE"
 * (UTF-16 in the TIFF byte order, or the other order when that decodes to more printable ASCII, since piexif,
 * which A1111 uses, always writes big-endian), "JIS" (Shift_JIS), all zeros or anything else (UTF-8). Trailing
 * NULs are dropped.
 * @example decodeUserComment(bytes("UNICODE\0\0a\0b"), false) // "ab"
 */
export function decodeUserComment(bytes: Uint8Array, littleEndian: boolean): string {
  const prefix = String.fromCharCode(...bytes.subarray(0, 8));
  const body = bytes.subarray(8);
  let text: string;
  if (prefix === "UNICODE\0") text = decodeUtf16Guessing(body, littleEndian);
  else if (prefix === "JIS\0\0\0\0\0") text = decodeWith("shift_jis", body);
  else if (prefix === "ASCII\0\0\0" || prefix === "\0\0\0\0\0\0\0\0") text = decodeWith("utf-8", body);
  else text = decodeWith("utf-8", bytes);
  return text.replace(/\0+$/, "");
}

function findEntry(view: DataView, little: boolean, ifd: number, tag: number): IfdEntry | undefined {
  if (ifd < 8 || ifd + 2 > view.byteLength) throw damagedExif();
  const count = view.getUint16(ifd, little);
  if (ifd + 2 + count * 12 > view.byteLength) throw damagedExif();
  for (let i = 0; i < count; i++) {
    const at = ifd + 2 + i * 12;
    if (view.getUint16(at, little) === tag) {
      return { type: view.getUint16(at + 2, little), count: view.getUint32(at + 4, little), field: at + 8 };
    }
  }
  return undefined;
}

function readEntryBytes(tiff: Uint8Array, view: DataView, little: boolean, entry: IfdEntry): Uint8Array {
  if (entry.type < 1 || entry.type >= TYPE_SIZES.length) throw damagedExif();
  const size = TYPE_SIZES[entry.type] * entry.count;
  if (size <= 4) return tiff.subarray(entry.field, entry.field + size);
  const offset = view.getUint32(entry.field, little);
  if (offset > tiff.length || size > tiff.length - offset) throw damagedExif();
  return tiff.subarray(offset, offset + size);
}

function decodeUtf16Guessing(body: Uint8Array, littleEndian: boolean): string {
  if (body[0] === 0xfe && body[1] === 0xff) return decodeUtf16(body.subarray(2), false);
  if (body[0] === 0xff && body[1] === 0xfe) return decodeUtf16(body.subarray(2), true);
  const first = decodeUtf16(body, littleEndian);
  const second = decodeUtf16(body, !littleEndian);
  return countPrintableAscii(second) > countPrintableAscii(first) ? second : first;
}

function decodeUtf16(body: Uint8Array, littleEndian: boolean): string {
  const le = new Uint8Array(body.length & ~1);
  for (let i = 0; i < le.length; i += 2) {
    le[i] = littleEndian ? body[i] : body[i + 1];
    le[i + 1] = littleEndian ? body[i + 1] : body[i];
  }
  return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(le);
}

function countPrintableAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d) n++;
  }
  return n;
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function damagedExif() {
  return createImageError("damaged", "The EXIF data of this image is damaged.", "此图片的 EXIF 数据已损坏。");
}
