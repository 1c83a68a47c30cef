import { isPySpace, PY_DIGIT, pyFloat } from "./python-compat";
import { indexFrom, unitAt } from "../text/unit-at";

const DIGIT = new RegExp(`^${PY_DIGIT}$`, "u");
const SYNTAX = ["\\", "(", ")", "[", "]", ":"];
/** The UTF-16 units of the attention syntax: \ ( ) [ ] : */
export const [BACKSLASH, OPEN_ROUND, CLOSE_ROUND, OPEN_SQUARE, CLOSE_SQUARE, COLON] = SYNTAX.map((c) => c.charCodeAt(0));

/**
 * Reads the tokens of A1111's re_attention (ATTENTION_TOKEN) one after another: escapes, a lone backslash, brackets,
 * weights `:1.2)`, a colon, runs of text. No regular expression and no match objects: the next occurrence of each
 * syntax character is found once with indexOf, so a run of text costs no loop of ours.
 * @example const t = new AttentionTokens("a (b:1.2)"); t.next(); [t.at, t.end] // [0, 2] ("a "), then "(", "b", ":1.2)"
 */
export class AttentionTokens {
  /** Where the current token starts and ends, and its first UTF-16 unit. */
  at = 0;
  end = 0;
  unit = 0;
  /** The number of a weight token (`1.2` of `:1.2)`), else -1. */
  numberStart = -1;
  numberEnd = -1;
  private readonly nextSyntax = [-2, -2, -2, -2, -2, -2];
  // The text's length, read once (a string's length read where strings of every representation come is a
  // megamorphic lookup).
  private readonly size: number;

  constructor(readonly text: string) {
    this.size = text.length;
  }

  /** Moves to the next token; false at the end. */
  next(): boolean {
    const { text } = this;
    if (this.end >= this.size) return false;
    const at = (this.at = this.end);
    const unit = (this.unit = unitAt(text, at));
    this.numberStart = this.numberEnd = -1;
    if (unit === BACKSLASH) {
      const next = this.unitOrEnd(at + 1);
      this.end = at + (next === BACKSLASH || next === OPEN_ROUND || next === CLOSE_ROUND || next === OPEN_SQUARE || next === CLOSE_SQUARE ? 2 : 1);
    } else if (unit === COLON) this.end = this.matchWeight(at) || at + 1;
    else if (unit === OPEN_ROUND || unit === CLOSE_ROUND || unit === OPEN_SQUARE || unit === CLOSE_SQUARE) this.end = at + 1;
    else this.end = this.syntaxFrom(at + 1);
    return true;
  }

  /** Whether the current token is a weight `:number)`. */
  get isWeight(): boolean {
    return this.numberStart !== -1;
  }

  /** pyFloat of the weight's number: NaN where Python's float() fails (`1.2.3`). */
  weight(): number {
    return pyFloat(this.text.slice(this.numberStart, this.numberEnd));
  }

  // The first syntax character at or after `from` (the text's length if none).
  private syntaxFrom(from: number): number {
    let first = this.size;
    for (let k = 0; k < SYNTAX.length; k++) {
      let at = this.nextSyntax[k];
      if (at !== -1 && at < from) at = this.nextSyntax[k] = indexFrom(this.text, SYNTAX[k], from);
      if (at !== -1 && at < first) first = at;
    }
    return first;
  }

  // `:${PY_SPACE}*([+-]?[.${PY_DIGIT}]+)${PY_SPACE}*\)` at `at`: its end (0 when there is none), noting the number.
  private matchWeight(at: number): number {
    let i = at + 1;
    while (isPySpace(this.unitOrEnd(i))) i++;
    const numberStart = i;
    const sign = this.unitOrEnd(i);
    if (sign === 43 || sign === 45) i++;
    const digitsStart = i;
    for (let step = this.digitOrDot(i); step > 0; step = this.digitOrDot(i)) i += step;
    if (i === digitsStart) return 0;
    const numberEnd = i;
    while (isPySpace(this.unitOrEnd(i))) i++;
    if (this.unitOrEnd(i) !== CLOSE_ROUND) return 0;
    this.numberStart = numberStart;
    this.numberEnd = numberEnd;
    return i + 1;
  }

  // Code units of a "." or decimal digit (any script's, as Python's \d) at `i`, else 0.
  private digitOrDot(i: number): number {
    const unit = this.unitOrEnd(i);
    if (unit === 46 || (unit >= 48 && unit <= 57)) return 1;
    if (unit < 0x80) return 0;
    const point = this.text.codePointAt(i)!;
    return DIGIT.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
  }

  // The unit at `i`, or -1 past the end. (Never a read past the end: the first one, met after the code reading it was
  // optimized, threw away that code and every function it was inlined in.)
  private unitOrEnd(i: number): number {
    return i < this.size ? unitAt(this.text, i) : -1;
  }
}
