import { moveTag } from "../../prompt/tag-parts";
import { editBetween, type LintFinding } from "../lint-issue";
import type { LintRules } from "../lint-rules";
import { isComparable, type LintTag } from "../lint-tags";

/** Chunk `k` (from 0) that offset `at` falls in, given where each chunk's text starts (-1: unknown). */
function chunkAt(chunkStarts: number[], at: number): number {
  let chunk = 0;
  for (let k = 1; k < chunkStarts.length; k++) if (chunkStarts[k] !== -1 && chunkStarts[k] <= at) chunk = k;
  return chunk;
}

/**
 * Tags that a 75-token chunk boundary cuts in two (each half is encoded without the other). `chunkStarts` are the
 * source offsets where chunks begin, as lib/tokenizer's chunkPrompt gives them with `trackOffsets`. The fix starts
 * a new chunk before the tag with BREAK.
 * @example findSplitTags(tags, [0, 212])[0].fix // { from: 205, to: 205, insert: "BREAK " } (a tag at 205–220)
 */
export function findSplitTags(tags: LintTag[], chunkStarts: number[]): LintFinding[] {
  const cuts = chunkStarts.slice(1).filter((at) => at > 0);
  return tags.flatMap((tag) => {
    if (tag.kind === "network" || tag.kind === "keyword") return [];
    const cut = cuts.findIndex((at) => at > tag.start && at < tag.end);
    if (cut === -1) return [];
    return [{ code: "tag_split_by_chunk" as const, from: tag.start, to: tag.end, detail: { tag: tag.body, chunk: String(cut + 2) },
      fix: { from: tag.start, to: tag.start, insert: "BREAK " } }];
  });
}

/**
 * Subject and quality tags (by dictionary category) placed after the first chunk, where they weigh less. The fix
 * moves the tag to just after the leading run of important tags.
 * @example findLateImportantTags(text, tags, [0, 300], rules) // a "1girl" at 310 → moved to the front
 */
export function findLateImportantTags(text: string, tags: LintTag[], chunkStarts: number[], rules: LintRules): LintFinding[] {
  if (chunkStarts.length < 2 || rules.important.size === 0) return [];
  const categoryOf = (tag: LintTag) => (isComparable(tag) ? rules.important.get(tag.key) : undefined);
  let lead = 0;
  while (lead < tags.length && categoryOf(tags[lead])) lead++;
  return tags.flatMap((tag) => {
    const category = categoryOf(tag);
    const chunk = chunkAt(chunkStarts, tag.start);
    if (!category || chunk === 0) return [];
    return [{ code: "important_tag_late" as const, from: tag.start, to: tag.end, detail: { tag: tag.body, category, chunk: String(chunk + 1) },
      fix: editBetween(text, moveTag(text, tag.index, lead)) }];
  });
}
