/**
 * Character classes and number parsing that behave like Python 3's `re` and `float()` on str,
 * so the A1111 ports in this folder match the reference on Unicode input, not just ASCII.
 */

/** Python's `\s` for str patterns (JS `\s` differs: it has U+FEFF, lacks U+001C–U+001F and U+0085). */
export const PY_SPACE = "[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

/** Whether a UTF-16 unit is in PY_SPACE (false for NaN, past the end of a string). */
export function isPySpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit >= 0x1c;
  if (unit < 0x85) return false;
  return unit === 0x85 || unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 ||
    unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000;
}

/** Python's `\w` for str patterns (letters, numbers, underscore). */
export const PY_WORD = "[\\p{L}\\p{N}_]";

/** Python's `\d` for str patterns: any Unicode decimal digit. */
export const PY_DIGIT = "\\p{Nd}";

const isDecimalDigit = (ch: string) => /\p{Nd}/u.test(ch);

/** Maps every Unicode decimal digit to its ASCII digit, as Python's float() reads them. */
export function asciiDigits(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let out = "";
  for (const ch of text) {
    if (ch >= "0" && ch <= "9") out += ch;
    else if (isDecimalDigit(ch)) {
      // Unicode puts each decimal digit set in a contiguous, zero-first run of ten.
      let cp = ch.codePointAt(0)!;
      let start = cp;
      while (isDecimalDigit(String.fromCodePoint(start - 1))) start--;
      out += String((cp - start) % 10);
    } else out += ch;
  }
  return out;
}

/** Python's float() for the shapes A1111's patterns capture; NaN where Python would raise. */
export function pyFloat(text: string): number {
  const s = asciiDigits(text.trim());
  if (!/^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)$/.test(s)) return Number.NaN;
  return Number(s);
}

/** Python's int() on a float: truncation toward zero. */
export const pyInt = (value: number): number => Math.trunc(value);
