import { encodeWord } from "./bpe";
import { charClass, NUMBER, SPACE } from "./char-class";
import { cleanClipText } from "./clean";
import { END_TOKEN, START_TOKEN, type ClipVocab } from "./vocab";
import { HASH_START, hashStep, WordCache } from "./word-cache";

// Text that cleaning would leave as it is but for case and whitespace: printable ASCII without "&", and tabs, line and
// form feeds, carriage returns (whitespace the clean-up folds into the spaces the split skips anyway).
const NEEDS_CLEANING = /[^\t\n\f\r\x20-\x25\x27-\x7e]/;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const SPECIALS = ["<|startoftext|>", "<|endoftext|>"];

const isAsciiLetter = (unit: number) => ((unit | 32) - 97) >>> 0 < 26;
const isAsciiDigit = (unit: number) => (unit - 48) >>> 0 < 10;
const isAsciiGap = (unit: number) => unit === 32 || (unit >= 9 && unit <= 13 && unit !== 11);
const lower = (unit: number) => (unit >= 65 && unit <= 90 ? unit + 32 : unit);

/** OpenAI's CLIP tokenizer (byte-level BPE) over a vocabulary handed in by a loader. */
export class ClipTokenizer {
  private readonly cache = new WordCache();
  private readonly encoder = new TextEncoder();
  constructor(readonly vocab: ClipVocab) {}

  /**
   * Token ids of `text`, without start/end tokens, exactly as OpenAI's reference encode().
   * @example tokenizer.encode("a photo of a cat") // [320, 1125, 539, 320, 2368]
   */
  encode(text: string): number[] {
    const ids: number[] = [];
    this.encodeInto(text, ids);
    return ids;
  }

  /**
   * Appends the ids of `text` to `out`: the hot path of chunking and counting. With `offsets`, also appends for each
   * token `base` + the offset in `text` of the word it comes from, and returns true; when the text needs ftfy's
   * clean-ups it appends no offsets and returns false (see tokenOffsets).
   */
  encodeInto(text: string, out: number[], offsets: number[] | null = null, base = 0): boolean {
    // Printable ASCII is split as it stands, folding case on the fly: cleaning would only trim and lower it.
    if (!NEEDS_CLEANING.test(text)) {
      this.splitAscii(text, out, offsets, base);
      return true;
    }
    this.split(cleanClipText(text), out, null, 0);
    return false;
  }

  /**
   * The offset in `text` of the word each token comes from, when the raw text splits exactly as its cleaned form
   * does (plain text without entities or full-width characters); otherwise null.
   */
  tokenOffsets(text: string, expectedCount: number): number[] | null {
    const lowered = text.toLowerCase();
    if (lowered.length !== text.length) return null;
    const offsets: number[] = [];
    this.split(lowered, [], offsets, 0);
    return offsets.length === expectedCount ? offsets : null;
  }

  /** Number of tokens `text` encodes to. */
  count(text: string): number {
    return this.encode(text).length;
  }

  /** Text of the given ids (lossy for split multi-byte characters, like the reference decoder). */
  decode(ids: readonly number[]): string {
    const text = ids.map((id) => this.vocab.decoder[id] ?? "").join("");
    const byteOf = new Map(this.vocab.byteChars.map((c, b) => [c, b]));
    const bytes = Uint8Array.from(Array.from(text.replaceAll("</w>", " ")), (c) => byteOf.get(c) ?? 0x20);
    return new TextDecoder().decode(bytes).trim();
  }

  // OpenAI's split over printable ASCII: letter runs, single digits, punctuation runs, contractions, specials.
  private splitAscii(text: string, out: number[], offsets: number[] | null, base: number): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const unit = text.charCodeAt(i);
      if (isAsciiGap(unit)) {
        i++;
        continue;
      }
      const start = i;
      let hash = HASH_START;
      // AND of the word's units: bit 0x20 stays set unless an upper-case letter is in it (then compare case-folded).
      let cased = 0x20;
      const special = unit === 60 || unit === 39 ? matchSpecial(text, i, true) : 0;
      if (special > 0) {
        for (; i < start + special; i++) {
          const u = text.charCodeAt(i);
          cased &= u;
          hash = hashStep(hash, lower(u));
        }
      } else if (isAsciiLetter(unit)) {
        let u = unit;
        do {
          cased &= u;
          hash = hashStep(hash, u | 32);
          u = text.charCodeAt(++i);
        } while (isAsciiLetter(u));
      } else if (isAsciiDigit(unit)) hash = hashStep(hash, text.charCodeAt(i++));
      else {
        let u = unit;
        do {
          hash = hashStep(hash, u);
          u = text.charCodeAt(++i);
        } while (i < n && !isAsciiGap(u) && !isAsciiLetter(u) && !isAsciiDigit(u));
      }
      this.emit(text, start, i, hash, cased === 0, out, offsets, base);
    }
  }

  // The same split over any text (already lower-case), with the pattern's Unicode classes.
  private split(text: string, out: number[], offsets: number[] | null, base: number): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const cls = classAt(text, i);
      if (cls === SPACE) {
        i++;
        continue;
      }
      const start = i;
      let hash = HASH_START;
      const unit = text.charCodeAt(i);
      const special = unit === 60 || unit === 39 ? matchSpecial(text, i, false) : 0;
      if (special > 0) for (const end = i + special; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
      else {
        // A letter run, one number, or a punctuation run, a code point (one or two units) at a time.
        do {
          const u = text.charCodeAt(i++);
          hash = hashStep(hash, u);
          if (isHighSurrogate(u) && i < n && isLowSurrogate(text.charCodeAt(i))) hash = hashStep(hash, text.charCodeAt(i++));
        } while (cls !== NUMBER && i < n && classAt(text, i) === cls);
      }
      this.emit(text, start, i, hash, false, out, offsets, base);
    }
  }

  private emit(text: string, start: number, end: number, hash: number, lowerAscii: boolean, out: number[], offsets: number[] | null, base: number): void {
    let entry = this.cache.find(text, start, end, hash, lowerAscii);
    if (entry === -1) {
      const word = lowerAscii ? text.slice(start, end).toLowerCase() : text.slice(start, end);
      entry = this.cache.add(word, hash, this.encodeUncached(word));
    }
    const count = this.cache.append(entry, out);
    if (offsets) for (let k = 0; k < count; k++) offsets.push(base + start);
  }

  private encodeUncached(word: string): number[] {
    if (word === SPECIALS[0]) return [START_TOKEN];
    if (word === SPECIALS[1]) return [END_TOKEN];
    // Printable ASCII bytes are their own byte characters.
    if (PRINTABLE_ASCII.test(word)) return encodeWord(this.vocab, word);
    let chars = "";
    for (const byte of this.encoder.encode(word)) chars += this.vocab.byteChars[byte];
    return encodeWord(this.vocab, chars);
  }
}

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, unit) => charClass(unit));
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

// The class of the code point starting at `i` (a lone low surrogate is a code point of its own).
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 128) return ASCII_CLASS[unit];
  if (isHighSurrogate(unit)) return charClass(text.codePointAt(i)!);
  return charClass(unit);
}

// Length of a special token or contraction ('s 't 're 've 'm 'll 'd) at `i`, else 0; they win over the classes there.
function matchSpecial(text: string, i: number, foldCase: boolean): number {
  const at = (k: number) => (foldCase ? lower(text.charCodeAt(i + k)) : text.charCodeAt(i + k));
  if (text.charCodeAt(i) === 39) {
    const a = at(1);
    if (a === 115 || a === 116 || a === 109 || a === 100) return 2;
    const b = at(2);
    return (a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108) ? 3 : 0;
  }
  for (const special of SPECIALS) {
    let k = 1;
    while (k < special.length && at(k) === special.charCodeAt(k)) k++;
    if (k === special.length) return k;
  }
  return 0;
}
