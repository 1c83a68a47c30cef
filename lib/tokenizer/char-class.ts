/** What CLIP's split pattern makes of a code point: punctuation (runs of it make one word). */
export const OTHER = 1;
/** A letter (\p{L}): runs of letters make one word. */
export const LETTER = 2;
/** A number (\p{N}): a word on its own. */
export const NUMBER = 3;
/** Whitespace (JavaScript's \s): between words, never in one. */
export const SPACE = 4;

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
// The pattern's `\s` is JavaScript's (it skips what no alternative matches), so its whitespace is JavaScript's too.
const IS_SPACE = /^\s$/u;

// Filled on first sight of each BMP unit (0: not yet known); code points above the BMP go through a map.
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(codePoint: number): number {
  // A lone surrogate is a code point of its own to the `u` flag, and none of the classes.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return OTHER;
  const ch = String.fromCodePoint(codePoint);
  return IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : IS_SPACE.test(ch) ? SPACE : OTHER;
}

/**
 * The class of a code point under `'s|…|\p{L}+|\p{N}|[^\s\p{L}\p{N}]+` (OpenAI CLIP's split, with the `u` flag).
 * @example charClass(0x91d1) // LETTER ("金"); charClass(0x2c) // OTHER (","); charClass(0x20) // SPACE
 */
export function charClass(codePoint: number): number {
  if (codePoint < 0x10000) {
    let known = bmp[codePoint];
    if (known === 0) known = bmp[codePoint] = classify(codePoint);
    return known;
  }
  let known = astral.get(codePoint);
  if (known === undefined) astral.set(codePoint, (known = classify(codePoint)));
  return known;
}
