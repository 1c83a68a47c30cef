import { charClass } from "./char-class";
import { unitAt } from "../text/unit-at";

// The pieces of OpenAI CLIP's split pattern, `<|startoftext|>|<|endoftext|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|
// [^\s\p{L}\p{N}]+`, that ClipTokenizer's two splitters (printable ASCII as it stands, any cleaned text) share.

/** The special tokens, matched before any class. */
export const SPECIALS = ["<|startoftext|>", "<|endoftext|>"];

export const isAsciiLetter = (unit: number) => ((unit | 32) - 97) >>> 0 < 26;
export const isAsciiDigit = (unit: number) => (unit - 48) >>> 0 < 10;
/** Whitespace between words, as the ASCII split sees it (a vertical tab is not: cleaning has to deal with it). */
export const isAsciiGap = (unit: number) => unit === 32 || (unit >= 9 && unit <= 13 && unit !== 11);
export const lower = (unit: number) => (unit >= 65 && unit <= 90 ? unit + 32 : unit);
export const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
export const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, unit) => charClass(unit));

/**
 * 1 for the units cleaning leaves as they are but for case: printable ASCII without "&", and tabs, line and form feeds,
 * carriage returns (whitespace the clean-up folds into the spaces the split skips anyway); 0 for the other ASCII units.
 */
export const PLAIN_ASCII = Uint8Array.from({ length: 128 }, (_, unit) => Number(/[\t\n\f\r\x20-\x25\x27-\x7e]/.test(String.fromCharCode(unit))));

/** A unit outside PLAIN_ASCII (and the letters, digits and whitespace splitAscii takes): found, the text needs cleaning. */
export const NOT_PLAIN_ASCII = /[^\t\n\f\r\x20-\x25\x27-\x7e]/;

/**
 * The class of the code point starting at `i` (a lone low surrogate is a code point of its own).
 * @example classAt("a,", 1) // OTHER
 */
export function classAt(text: string, i: number): number {
  const unit = unitAt(text, i);
  if (unit < 128) return ASCII_CLASS[unit];
  if (isHighSurrogate(unit)) return charClass(text.codePointAt(i)!);
  return charClass(unit);
}

/**
 * Length of a special token or contraction ('s 't 're 've 'm 'll 'd) at `i`, reading no further than `end`, else 0;
 * they win over the classes there. `foldCase` compares A–Z as a–z.
 * @example matchSpecial("it's", 2, 4, false) // 2
 */
export function matchSpecial(text: string, i: number, end: number, foldCase: boolean): number {
  const at = (k: number) => (i + k >= end ? -1 : foldCase ? lower(unitAt(text, i + k)) : unitAt(text, i + k));
  if (unitAt(text, i) === 39) {
    const a = at(1);
    if (a === 115 || a === 116 || a === 109 || a === 100) return 2;
    const b = at(2);
    return (a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108) ? 3 : 0;
  }
  for (const special of SPECIALS) {
    let k = 1;
    while (k < special.length && at(k) === unitAt(special, k)) k++;
    if (k === special.length) return k;
  }
  return 0;
}
