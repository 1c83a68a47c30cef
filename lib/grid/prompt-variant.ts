import { removeTag, setTagWeight, splitPromptParts, tagIndices } from "../prompt/tag-parts";
import type { GridTarget } from "./grid-spec";

/** A target as characters of its prompt; `tag` is set when the span is exactly one tag (a chip). */
export interface TargetSpan {
  start: number;
  end: number;
  tag: number | null;
}

/** Where a target sits in `text`; null when the tag or range is not there. */
export function locateTarget(text: string, target: GridTarget): TargetSpan | null {
  const split = splitPromptParts(text);
  const spans = tagIndices(split).map((slot) => {
    const part = split.parts[slot];
    const start = part.start + part.lead.length;
    return { start, end: start + part.body.length };
  });
  if ("tag" in target) {
    const span = spans[target.tag];
    return span ? { ...span, tag: target.tag } : null;
  }
  const { start, end } = target;
  if (!(start >= 0 && end > start && end <= text.length) || !text.slice(start, end).trim()) return null;
  const tag = spans.findIndex((s) => s.start === start && s.end === end);
  return { start, end, tag: tag === -1 ? null : tag };
}

/** The text a target covers, e.g. the tag "(smile:1.2)". */
export function targetText(text: string, target: GridTarget): string {
  const span = locateTarget(text, target);
  return span ? text.slice(span.start, span.end) : "";
}

/**
 * Rewrites spans of one prompt with new weights: 0 removes the span (a whole tag with one separator), 1 leaves it plain,
 * null leaves it as written. Spans must not overlap; they are applied right to left so earlier offsets stay valid.
 * @example weighSpans("a, smile, b", [{ start: 3, end: 8, tag: 1, weight: 1.3 }]) // "a, (smile:1.3), b"
 */
export function weighSpans(text: string, edits: ReadonlyArray<TargetSpan & { weight: number | null }>): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    if (edit.weight === null) continue;
    if (edit.weight !== 0) out = out.slice(0, edit.start) + setTagWeight(out.slice(edit.start, edit.end), edit.weight) + out.slice(edit.end);
    else if (edit.tag !== null) out = removeTag(out, edit.tag);
    else out = cutSpan(out, edit.start, edit.end);
  }
  return out;
}

// Cutting words out of a tag or across tags: drop a separator left dangling and a doubled space, nothing else.
function cutSpan(text: string, start: number, end: number): string {
  let before = text.slice(0, start);
  let after = text.slice(end);
  if (/[,，]\s*$/.test(before) && /^\s*([,，]|$)/.test(after)) before = before.replace(/[,，]\s*$/, "");
  else if (/^\s*$/.test(before) && /^\s*[,，]/.test(after)) after = after.replace(/^\s*[,，]\s*/, "");
  else if (/\s$/.test(before) && /^\s/.test(after)) after = after.slice(1);
  return before + after;
}

/**
 * The target for a selection in the editor: the selected words (without spaces or commas at the ends), or the tag the cursor is in when nothing is
 * selected; null when the cursor is on no tag.
 * @example targetFromSelection("a, smile", "prompt", 5, 5) // { field: "prompt", tag: 1 }
 */
export function targetFromSelection(text: string, field: GridTarget["field"], start: number, end: number): GridTarget | null {
  if (end > start) {
    // Spaces and separators at the ends of a selection are not part of what the user means to compare.
    const selected = text.slice(start, end);
    const from = start + /^[\s,，]*/.exec(selected)![0].length;
    const to = Math.max(from, end - /[\s,，]*$/.exec(selected)![0].length);
    return to > from ? { field, start: from, end: to } : null;
  }
  const split = splitPromptParts(text);
  const tag = tagIndices(split).findIndex((slot) => {
    const part = split.parts[slot];
    const from = part.start + part.lead.length;
    return start >= from && start <= from + part.body.length;
  });
  return tag === -1 ? null : { field, tag };
}
