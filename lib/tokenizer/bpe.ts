import type { ClipVocab } from "./vocab";

const MERGED_BASE = 512;

/**
 * Applies CLIP's byte-pair merges to one pre-split word (already in byte characters) and returns its ids. Each part
 * carries its id as it merges (a merge's token has id 512 + its rank), so no token string is looked up at the end.
 * @example encodeWord(vocab, "cats") // [5181] ("cats</w>")
 */
export function encodeWord(vocab: ClipVocab, word: string): number[] {
  const parts: string[] = Array.from(word);
  // (Built by push: the map of optimized code made a list of another kind, and the first write to it threw that code away.)
  const ids: number[] = [];
  for (const c of parts) ids.push(vocab.byteIds.get(c)!);
  parts[parts.length - 1] += "</w>";
  ids[ids.length - 1] += 256;
  while (parts.length > 1) {
    let best = Infinity;
    let first = "";
    let second = "";
    for (let i = 0; i < parts.length - 1; i++) {
      const rank = vocab.ranks.get(parts[i] + " " + parts[i + 1]);
      if (rank !== undefined && rank < best) {
        best = rank;
        first = parts[i];
        second = parts[i + 1];
      }
    }
    if (best === Infinity) break;
    // Merge every non-overlapping occurrence left to right, as the reference does.
    let w = 0;
    for (let r = 0; r < parts.length; r++) {
      if (r < parts.length - 1 && parts[r] === first && parts[r + 1] === second) {
        ids[w] = MERGED_BASE + best;
        parts[w++] = first + second;
        r++;
      } else {
        ids[w] = ids[r];
        parts[w++] = parts[r];
      }
    }
    parts.length = w;
    ids.length = w;
  }
  return ids;
}
