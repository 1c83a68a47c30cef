import { encodeWord } from "./bpe";
import { cleanClipText } from "./clean";
import type { ClipVocab } from "./vocab";

const SPLIT = /<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|\p{L}+|\p{N}|[^\s\p{L}\p{N}]+/gu;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const CACHE_LIMIT = 100_000;

/** OpenAI's CLIP tokenizer (byte-level BPE) over a vocabulary handed in by a loader. */
export class ClipTokenizer {
  private readonly cache = new Map<string, number[]>();
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

  /** Appends the ids of `text` to `out`; the hot path of chunking. */
  encodeInto(text: string, out: number[]): void {
    const clean = cleanClipText(text);
    SPLIT.lastIndex = 0;
    for (let m = SPLIT.exec(clean); m !== null; m = SPLIT.exec(clean)) {
      const word = m[0];
      let ids = this.cache.get(word);
      if (ids === undefined) {
        ids = this.encodeUncached(word);
        if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
        this.cache.set(word, ids);
      }
      for (let i = 0; i < ids.length; i++) out.push(ids[i]);
    }
  }

  /**
   * The offset in `text` of the word each token comes from, when the raw text splits exactly as its cleaned form
   * does (plain text without entities or full-width characters); otherwise null.
   */
  tokenOffsets(text: string, expectedCount: number): number[] | null {
    const lower = text.toLowerCase();
    if (lower.length !== text.length) return null;
    const offsets: number[] = [];
    for (const m of lower.matchAll(SPLIT)) {
      let ids = this.cache.get(m[0]);
      if (ids === undefined) ids = this.encodeUncached(m[0]);
      for (let i = 0; i < ids.length; i++) offsets.push(m.index);
    }
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

  private encodeUncached(word: string): number[] {
    if (word === "<|startoftext|>" || word === "<|endoftext|>") return [this.vocab.encoder.get(word)!];
    // Printable ASCII bytes are their own byte characters.
    if (PRINTABLE_ASCII.test(word)) return encodeWord(this.vocab, word);
    let chars = "";
    for (const byte of this.encoder.encode(word)) chars += this.vocab.byteChars[byte];
    return encodeWord(this.vocab, chars);
  }
}
