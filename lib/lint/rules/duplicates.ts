import { removeTag, replaceTag } from "../../prompt/tag-parts";
import { editBetween, type LintFinding } from "../lint-issue";
import { isComparable, type LintTag } from "../lint-tags";

const weightText = (w: number) => String(Math.round(w * 100) / 100);

/**
 * The same tag twice in one AND part (`1girl, …, 1girl`, `smile, (smile:1.2)`): the fix keeps one, at the first
 * place, with the stronger of the two weights as written there.
 * @example findDuplicates("smile, (smile:1.2)", tags)[0].fix // { from: 0, to: 7, insert: "" }
 */
export function findDuplicates(text: string, tags: LintTag[]): LintFinding[] {
  const first = new Map<string, LintTag>();
  const found: LintFinding[] = [];
  for (const tag of tags) {
    if (!isComparable(tag)) continue;
    const id = `${tag.part}\u0000${tag.key}`;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, tag);
      continue;
    }
    const kept = tag.weight > earlier.weight ? tag : earlier;
    const merged = removeTag(replaceTag(text, earlier.index, kept.body), tag.index);
    found.push({ code: "duplicate_tag", from: tag.start, to: tag.end, fix: editBetween(text, merged),
      detail: { tag: tag.key, kept: kept.body, weight: weightText(kept.weight) } });
  }
  return found;
}
