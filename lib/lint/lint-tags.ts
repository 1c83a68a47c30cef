import { parseAttentionRuns } from "../prompt/attention";
import { splitPromptParts, tagIndices, tagKind, type TagKind } from "../prompt/tag-parts";

/** One comma-separated tag of a prompt as the lint sees it. */
export interface LintTag {
  /** Position among the prompt's tags (the index tag-parts' edits take). */
  index: number;
  body: string;
  /** Source range of the body (without the spaces around it). */
  start: number;
  end: number;
  /** Its identity: words without weight syntax, lower case, underscores as spaces. */
  key: string;
  /** The strongest A1111 weight in it. */
  weight: number;
  kind: TagKind;
  /** Which AND part of a composable prompt it is in (0 without AND). */
  part: number;
}

const AND = /(?<![\p{L}\p{N}_])AND(?![\p{L}\p{N}_])/gu;

/**
 * The tags of a prompt with ranges, identities and weights.
 * @example readLintTags("a, (B_c:1.2)")[1] // { index: 1, body: "(B_c:1.2)", start: 3, end: 12, key: "b c", weight: 1.2, kind: "tag", part: 0 }
 */
export function readLintTags(text: string): LintTag[] {
  const split = splitPromptParts(text);
  const ands = [...text.matchAll(AND)].map((m) => m.index);
  return tagIndices(split).map((slot, index) => {
    const p = split.parts[slot];
    const start = p.start + p.lead.length;
    const runs = parseAttentionRuns(p.body).filter((r) => r.text.trim() && r.weight !== -1);
    const key = runs.map((r) => r.text).join("").toLowerCase().replace(/_/g, " ").replace(/\s+/g, " ").trim();
    const weight = runs.length ? Math.max(...runs.map((r) => r.weight)) : 1;
    const part = ands.filter((at) => at < start).length;
    return { index, body: p.body, start, end: start + p.body.length, key, weight, kind: tagKind(p.body), part };
  });
}

/** Whether a tag is plain words the tag rules compare (not a schedule, network or keyword). */
export const isComparable = (tag: LintTag) => (tag.kind === "tag" || tag.kind === "group") && tag.key !== "";
