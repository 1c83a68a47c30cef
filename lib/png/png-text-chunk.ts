import { concatBytes } from "./concat-bytes";
import { createImageError } from "./image-errors";
import { decodeLatin1, encodeLatin1 } from "./latin1";
import { encodePngChunk } from "./png-chunks";

/**
 * Decompresses zlib data (RFC 1950), synchronously. Injected so the PNG code stays pure: `inflateZlib` from
 * `inflate.server.ts` on the server. It must throw (preferably an AppError) rather than return more than
 * `maxOutputBytes` bytes when that is given.
 */
export type Inflate = (data: Uint8Array, maxOutputBytes?: number) => Uint8Array;

/** One keyword → text pair of a PNG text chunk. */
export interface PngTextEntry {
  keyword: string;
  text: string;
}

/** The chunk types that hold text: tEXt (Latin-1), zTXt (compressed Latin-1), iTXt (UTF-8, maybe compressed). */
export const PNG_TEXT_CHUNK_TYPES: readonly string[] = ["tEXt", "zTXt", "iTXt"];

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/**
 * Decodes the data of a tEXt, zTXt or iTXt chunk. Throws AppError("invalid_input", reason "damaged") when the
 * layout is wrong or the compression method unknown; errors from `inflate` pass through. Invalid UTF-8 in iTXt
 * becomes U+FFFD rather than an error.
 * @example decodePngTextChunk("tEXt", bytes("parameters\0a cat"), inflate) // { keyword: "parameters", text: "a cat" }
 */
export function decodePngTextChunk(type: string, data: Uint8Array, inflate: Inflate): PngTextEntry {
  const nul = data.indexOf(0);
  if (nul < 1) throw damagedText(type);
  const keyword = decodeLatin1(data.subarray(0, nul));
  const rest = data.subarray(nul + 1);
  if (type === "tEXt") return { keyword, text: decodeLatin1(rest) };
  if (type === "zTXt") {
    if (rest.length < 1 || rest[0] !== 0) throw damagedText(type);
    return { keyword, text: decodeLatin1(inflate(rest.subarray(1))) };
  }
  if (type !== "iTXt" || rest.length < 2) throw damagedText(type);
  const [compressed, method] = rest;
  const langEnd = rest.indexOf(0, 2);
  const translatedEnd = langEnd < 0 ? -1 : rest.indexOf(0, langEnd + 1);
  if (compressed > 1 || (compressed === 1 && method !== 0) || translatedEnd < 0) throw damagedText(type);
  const body = rest.subarray(translatedEnd + 1);
  return { keyword, text: utf8.decode(compressed === 1 ? inflate(body) : body) };
}

/**
 * Encodes one text chunk (length, type, data, CRC) the way PIL and A1111 do: tEXt when the text is Latin-1,
 * otherwise an uncompressed iTXt with empty language and translated keyword. Throws AppError("invalid_input",
 * reason "invalid_text") unless the keyword is 1–79 printable Latin-1 characters.
 * @example encodePngTextChunk("parameters", "猫") // iTXt: "parameters\0" 00 00 "\0" "\0" E7 8C AB
 */
export function encodePngTextChunk(keyword: string, text: string): Uint8Array {
  const key = encodeLatin1(keyword);
  if (!key || key.length < 1 || key.length > 79 || key.some((c) => c < 0x20 || (c > 0x7e && c < 0xa1))) {
    throw createImageError(
      "invalid_text",
      `"${keyword.slice(0, 100)}" cannot be a PNG text keyword: use 1–79 printable Latin-1 characters.`,
      `“${keyword.slice(0, 100)}”不能作为 PNG 文本关键字：请使用 1–79 个可打印的 Latin-1 字符。`,
    );
  }
  const latin1 = encodeLatin1(text);
  if (latin1) return encodePngChunk("tEXt", concatBytes(key, Uint8Array.of(0), latin1));
  return encodePngChunk("iTXt", concatBytes(key, Uint8Array.of(0, 0, 0, 0, 0), encoder.encode(text)));
}

function damagedText(type: string) {
  return createImageError(
    "damaged",
    `A ${type} text chunk of this PNG is damaged.`,
    `此 PNG 的一个 ${type} 文本数据块已损坏。`,
  );
}
