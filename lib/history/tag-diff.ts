import { readTags } from "../prompt/tag-list";

/** Which prompt a change is in. */
export type DiffField = "prompt" | "negative";

/**
 * One tag-level change from an older version to a newer one. `from` and `to` are tag positions (0-based) in the older
 * and newer prompt; `text` is the tag as the newer version writes it (the older one for a removal).
 */
export type TagChange =
  | { kind: "added"; field: DiffField; key: string; text: string; to: number }
  | { kind: "removed"; field: DiffField; key: string; text: string; from: number }
  | { kind: "reweighted"; field: DiffField; key: string; text: string; oldText: string; oldWeight: number; weight: number; from: number; to: number }
  | { kind: "moved"; field: DiffField; key: string; text: string; from: number; to: number };

/**
 * The tag-level changes between two prompts: tags added, removed, re-weighted (same words, another weight) and moved
 * (out of the order the other kept tags keep). Tags are matched by their words, weight syntax and underscores ignored.
 * @example diffTags("a, b, c", "c, a, (b:1.2), d").map((c) => c.kind) // ["moved", "reweighted", "added"]
 */
export function diffTags(older: string, newer: string, field: DiffField = "prompt"): TagChange[] {
  // Positions count every tag (as tag-parts' edits do); tags without words (`()`) are not compared.
  const a = readTags(older);
  const b = readTags(newer);
  const unmatched = new Map<string, number[]>();
  a.forEach((t, i) => t.key && unmatched.set(t.key, [...(unmatched.get(t.key) ?? []), i]));
  const pairs: Array<[number, number]> = [];
  const added: TagChange[] = [];
  b.forEach((t, j) => {
    if (!t.key) return;
    const i = unmatched.get(t.key)?.shift();
    if (i === undefined) added.push({ kind: "added", field, key: t.key, text: t.text, to: j });
    else pairs.push([i, j]);
  });
  const matchedA = new Set(pairs.map(([i]) => i));
  const removed: TagChange[] = a.flatMap((t, i) => (matchedA.has(i) || !t.key ? [] : [{ kind: "removed" as const, field, key: t.key, text: t.text, from: i }]));
  const staying = stayingInOrder(pairs);
  const changed: TagChange[] = pairs.flatMap(([i, j], k): TagChange[] => {
    const [x, y] = [a[i], b[j]];
    const out: TagChange[] = [];
    if (Math.abs(x.weight - y.weight) > 1e-9) out.push({ kind: "reweighted", field, key: y.key, text: y.text, oldText: x.text, oldWeight: x.weight, weight: y.weight, from: i, to: j });
    if (!staying.has(k)) out.push({ kind: "moved", field, key: y.key, text: y.text, from: i, to: j });
    return out;
  });
  return [...removed, ...changed, ...added];
}

/** Both prompts of two versions compared: the prompt's changes, then the negative's. */
export function diffVersions(older: { prompt: string; negative: string }, newer: { prompt: string; negative: string }): TagChange[] {
  return [...diffTags(older.prompt, newer.prompt, "prompt"), ...diffTags(older.negative, newer.negative, "negative")];
}

/** Indices (into `pairs`, ordered by new position) of the longest run whose old positions also ascend: they did not move. */
function stayingInOrder(pairs: Array<[number, number]>): Set<number> {
  const n = pairs.length;
  const length = new Array<number>(n).fill(1);
  const previous = new Array<number>(n).fill(-1);
  let best = -1;
  for (let k = 0; k < n; k++) {
    for (let m = 0; m < k; m++) {
      if (pairs[m][0] < pairs[k][0] && length[m] + 1 > length[k]) {
        length[k] = length[m] + 1;
        previous[k] = m;
      }
    }
    if (best === -1 || length[k] > length[best]) best = k;
  }
  const staying = new Set<number>();
  for (let k = best; k !== -1; k = previous[k]) staying.add(k);
  return staying;
}
