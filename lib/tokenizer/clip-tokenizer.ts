import { encodeWord } from "./bpe";
import { NUMBER, SPACE } from "./char-class";
import { cleanClipTextForSplit } from "./clean";
import { foldQuietText } from "./quiet-text";
import { classAt, isAsciiDigit, isAsciiGap, isAsciiLetter, isHighSurrogate, isLowSurrogate, matchSpecial, NOT_PLAIN_ASCII, PLAIN_ASCII, SPECIALS } from "./split-pattern";
import { END_TOKEN, START_TOKEN, type ClipVocab } from "./vocab";
import { HASH_START, hashStep, WordCache } from "./word-cache";
import { WordIndex } from "./word-index";
import { unitAt } from "../text/unit-at";

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

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
    return this.encodeRange(text, 0, text.length, out, offsets, base);
  }

  /**
   * encode(text), also indexing where its words lie (see WordIndex) when its clean-up changes no unit's place: plain
   * ASCII, or text ftfy only folds (foldQuietText); else `words` is null. Parts of the same text tokenized after it
   * then copy the ids of the words they hold whole (see encodeRange).
   * @example tok.encodeWords("a (cat)").ids // [320, 263, 2368, 264]; words.starts [0, 2, 3, 6]
   */
  encodeWords(text: string): { ids: number[]; words: WordIndex | null } {
    const ids: number[] = [];
    let words = new WordIndex(ids, text);
    // (A text that needs cleaning is found at once, not where the split would stop at it, a fifth of the way in on average.)
    if (!NOT_PLAIN_ASCII.test(text) && this.splitAscii(text, 0, text.length, ids, null, 0, words, false)) return { ids, words };
    ids.length = 0;
    const quiet = foldQuietText(text)?.toLowerCase();
    if (quiet !== undefined && quiet.length === text.length) {
      this.split(quiet, 0, quiet.length, ids, null, 0, (words = new WordIndex(ids, quiet)), false);
      return { ids, words };
    }
    this.split(cleanClipTextForSplit(text), 0, -1, ids, null, 0, null, false);
    return { ids, words: null };
  }

  /**
   * encodeInto for `text.slice(start, end)`, read where it lies: a run of a prompt is tokenized without being copied
   * out (and a prompt parsed from JSON is one flat string, the quickest to read). Offsets count from `start`. With the
   * `words` of `text` (see encodeWords) and no offsets, the ids of the words the range holds whole are copied.
   */
  encodeRange(text: string, start: number, end: number, out: number[], offsets: number[] | null = null, base = 0, words: WordIndex | null = null): boolean {
    const known = offsets ? null : words;
    // Text indexed in its cleaned form: the range is cleaned there already, unit for unit.
    if (known !== null && known.text !== text) {
      this.split(known.text, start, end, out, null, 0, known, true);
      return false;
    }
    // Printable ASCII is split as it stands, folding case on the fly: cleaning would only trim and lower it. The split
    // stops at anything else, and the text is cleaned and split anew.
    const [idsBefore, offsetsBefore] = [out.length, offsets?.length ?? 0];
    if (this.splitAscii(text, start, end, out, offsets, base - start, known, true)) return true;
    out.length = idsBefore;
    if (offsets) offsets.length = offsetsBefore;
    this.split(cleanClipTextForSplit(start === 0 && end === text.length ? text : text.slice(start, end)), 0, -1, out, null, 0, null, false);
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
    this.split(lowered, 0, -1, [], offsets, 0, null, false);
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

  // OpenAI's split over printable ASCII (text[start..end)): letter runs, single digits, punctuation runs, contractions,
  // specials. False, having split part of it, when the text holds more than plain ASCII (see PLAIN_ASCII). With
  // `words`, it copies the words found there (`reuse`) or records the words it finds.
  private splitAscii(text: string, start: number, end: number, out: number[], offsets: number[] | null, base: number, words: WordIndex | null, reuse: boolean): boolean {
    const known = reuse ? words : null;
    let k = known ? known.firstFrom(start) : 0;
    let i = start;
    while (i < end) {
      const unit = unitAt(text, i);
      if (isAsciiGap(unit)) {
        i++;
        continue;
      }
      if (known !== null) {
        // A word the whole split began here and ended inside the range is the word a split from here makes, and so
        // are the words after it that end inside the range (only whitespace lies between them): copied at once.
        while (k < known.starts.length && known.starts[k] < i) k++;
        if (k < known.starts.length && known.starts[k] === i && known.ends[k] <= end) {
          k = known.copyThrough(k, end, out);
          i = known.ends[k - 1];
          continue;
        }
      }
      const from = i;
      let hash = HASH_START;
      // AND of the word's units: bit 0x20 stays set unless an upper-case letter is in it (then compare case-folded).
      let cased = 0x20;
      const special = unit === 60 || unit === 39 ? matchSpecial(text, i, end, true) : 0;
      const specialEnd = from + special;
      if (special > 0 || isAsciiLetter(unit)) {
        // A letter run, or a special token or contraction, read by one loop (| 32 folds every unit of those to lower
        // case as well): a special one ends where it was matched, a run at its first unit that is not a letter. The
        // optimized code then holds nothing it has not seen run: a contraction met after it was made (a prompt's first
        // "'s") used to throw it away, and this function is the costliest to compile again. (Reading stops at the end:
        // a read past it would cost the optimized code.)
        const stop = special > 0 ? specialEnd : end;
        for (let u = unit; ; ) {
          cased &= u;
          hash = hashStep(hash, u | 32);
          if (++i === stop) break;
          u = unitAt(text, i);
          if (special === 0 && !isAsciiLetter(u)) break;
        }
      } else if (isAsciiDigit(unit)) hash = hashStep(hash, unitAt(text, i++));
      else {
        for (let u = unit; ; ) {
          if (u >= 128 || PLAIN_ASCII[u] === 0) return false;
          hash = hashStep(hash, u);
          if (++i === end) break;
          u = unitAt(text, i);
          if (isAsciiGap(u) || isAsciiLetter(u) || isAsciiDigit(u)) break;
        }
      }
      this.emit(text, from, i, hash, cased === 0, out, offsets, base);
      if (words !== null && !reuse) words.add(from, i);
    }
    return true;
  }

  // The same split over any text (already lower-case; up to `end`, -1 for its end), with the pattern's Unicode
  // classes; with `words`, as splitAscii.
  private split(text: string, start: number, end: number, out: number[], offsets: number[] | null, base: number, words: WordIndex | null, reuse: boolean): void {
    const n = end === -1 ? text.length : end;
    const known = reuse ? words : null;
    let k = known ? known.firstFrom(start) : 0;
    let i = start;
    while (i < n) {
      const cls = classAt(text, i);
      if (cls === SPACE) {
        i++;
        continue;
      }
      if (known !== null) {
        while (k < known.starts.length && known.starts[k] < i) k++;
        if (k < known.starts.length && known.starts[k] === i && known.ends[k] <= n) {
          k = known.copyThrough(k, n, out);
          i = known.ends[k - 1];
          continue;
        }
      }
      const from = i;
      let hash = HASH_START;
      const unit = unitAt(text, i);
      const special = unit === 60 || unit === 39 ? matchSpecial(text, i, n, false) : 0;
      const specialEnd = i + special;
      // A special token or contraction (ASCII, up to where it was matched), a letter run, one number, or a punctuation
      // run, a code point (one or two units) at a time: one loop for all, as in splitAscii.
      do {
        const u = unitAt(text, i++);
        hash = hashStep(hash, u);
        if (isHighSurrogate(u) && i < n && isLowSurrogate(unitAt(text, i))) hash = hashStep(hash, unitAt(text, i++));
      } while (i < specialEnd || (special === 0 && cls !== NUMBER && i < n && classAt(text, i) === cls));
      this.emit(text, from, i, hash, false, out, offsets, base);
      if (words !== null && !reuse) words.add(from, i);
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
