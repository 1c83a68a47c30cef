import { unitAt } from "../text/unit-at";

/** FNV-1a's 32-bit offset basis: the hash of the empty word, the start of every word's hash. */
export const HASH_START = 0x811c9dc5 | 0;

/** One more UTF-16 unit into a word's FNV-1a hash. */
export const hashStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193);

const LIMIT = 100_000;

/**
 * Token ids of the words seen so far, looked up by a word's place in a text and its hash, so that a hit makes no
 * substring and hashes nothing twice. Everything lives in typed arrays (an open-addressing table of hash and entry,
 * the words' characters and their ids, each packed), so a lookup touches few cache lines. Words are stored
 * lower-case; `lowerAscii` lookups fold A–Z as they compare. Starts over past 100,000 words.
 * @example cache.add("cat", hash, [2368]); cache.find("a Cat", 2, 5, hash, true) // that entry (hash: "cat" through hashStep)
 */
export class WordCache {
  private table = new Int32Array(1 << 13);
  private entries = 0;
  private entryChars = new Int32Array(1 << 12);
  private entryIds = new Int32Array(1 << 12);
  private chars = new Uint16Array(1 << 15);
  private charsUsed = 0;
  private ids = new Int32Array(1 << 14);
  private idsUsed = 0;

  /** The entry of `text.slice(start, end)`, or -1. */
  find(text: string, start: number, end: number, hash: number, lowerAscii: boolean): number {
    const { table, entryChars, chars } = this;
    const mask = (table.length >> 1) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1] - 1;
      if (entry === -1) return -1;
      if (table[2 * slot] !== hash) continue;
      const from = entryChars[entry];
      if (entryChars[entry + 1] - from !== length) continue;
      let k = 0;
      if (lowerAscii) {
        for (; k < length; k++) {
          const unit = unitAt(text, start + k);
          if ((unit >= 65 && unit <= 90 ? unit + 32 : unit) !== chars[from + k]) break;
        }
      } else while (k < length && unitAt(text, start + k) === chars[from + k]) k++;
      if (k === length) return entry;
    }
  }

  /** Stores the ids of `word` (lower-case, hashed with hashStep) and returns its entry. */
  add(word: string, hash: number, ids: readonly number[]): number {
    if (this.entries >= LIMIT) this.clear();
    if (2 * (this.entries + 1) > this.table.length >> 1) this.rehash(this.table.length * 2);
    const entry = this.entries++;
    this.entryChars = fit(this.entryChars, entry + 2);
    this.entryIds = fit(this.entryIds, entry + 2);
    this.chars = fit(this.chars, this.charsUsed + word.length);
    this.ids = fit(this.ids, this.idsUsed + ids.length);
    for (let k = 0; k < word.length; k++) this.chars[this.charsUsed++] = word.charCodeAt(k);
    for (const id of ids) this.ids[this.idsUsed++] = id;
    this.entryChars[entry + 1] = this.charsUsed;
    this.entryIds[entry + 1] = this.idsUsed;
    this.place(hash, entry);
    return entry;
  }

  /** Appends the ids of `entry` to `out` and returns how many. */
  append(entry: number, out: number[]): number {
    const ids = this.ids;
    const end = this.entryIds[entry + 1];
    let i = this.entryIds[entry];
    const count = end - i;
    for (; i < end; i++) out.push(ids[i]);
    return count;
  }

  private place(hash: number, entry: number): void {
    const mask = (this.table.length >> 1) - 1;
    let slot = hash & mask;
    while (this.table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.table[2 * slot] = hash;
    this.table[2 * slot + 1] = entry + 1;
  }

  private rehash(size: number): void {
    const old = this.table;
    this.table = new Int32Array(size);
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot + 1] !== 0) this.place(old[slot], old[slot + 1] - 1);
  }

  private clear(): void {
    this.table.fill(0);
    this.entries = this.charsUsed = this.idsUsed = 0;
  }
}

// The array itself when it holds `size` items, else a copy twice as large (or more).
function fit<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const grown = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}
