/**
 * Where each word of a text lies and which of the text's ids it gave, as the split of the whole text found them (see
 * ClipTokenizer.encodeWords). A part of the same text that is split anew begins a word wherever the whole split
 * began one, and a word the whole split ended inside the part ends there too: its ids are copied, not looked up.
 * @example const { words } = tok.encodeWords("a (cat)"); [words.starts, words.ends, words.idEnds] // [[0, 2, 3, 6], [1, 3, 6, 7], [1, 2, 3, 4]]
 */
export class WordIndex {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Where each word's ids end in `ids` (they begin where the previous word's end). */
  readonly idEnds: number[] = [];

  /** `text`: the text as split, the source itself or its cleaned form with every unit in its place. */
  constructor(readonly ids: number[], readonly text: string) {}

  add(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
    this.idEnds.push(this.ids.length);
  }

  // The last answer of firstFrom and what it was asked: parts are mostly asked for in order, a few words apart.
  private lastAt = 0;
  private lastWord = 0;

  /** The first word that starts at or after `at` (the number of words when none does). */
  firstFrom(at: number): number {
    const { starts } = this;
    if (at >= this.lastAt) {
      let k = this.lastWord;
      for (let steps = 0; steps < 8 && k < starts.length && starts[k] < at; steps++) k++;
      if (k === starts.length || starts[k] >= at) {
        this.lastAt = at;
        return (this.lastWord = k);
      }
    }
    let [low, high] = [0, starts.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid] < at) low = mid + 1;
      else high = mid;
    }
    this.lastAt = at;
    return (this.lastWord = low);
  }

  /**
   * Appends the ids of word `k` and of the words after it that end by `end` to `out`, in one copy; returns the first
   * word left (word `k` is copied whatever its end).
   */
  copyThrough(k: number, end: number, out: number[]): number {
    const { ids, idEnds, ends } = this;
    let last = k;
    while (last + 1 < ends.length && ends[last + 1] <= end) last++;
    for (let t = k === 0 ? 0 : idEnds[k - 1]; t < idEnds[last]; t++) out.push(ids[t]);
    return last + 1;
  }
}
