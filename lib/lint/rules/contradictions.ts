import { removeTag } from "../../prompt/tag-parts";
import { conflictKey, findConflict, type ConflictIndex } from "../conflicts";
import { editBetween, type LintFinding } from "../lint-issue";
import { isComparable, type LintTag } from "../lint-tags";

/**
 * Tags of one AND part that a conflict group says contradict each other (short hair + long hair, solo + 2girls);
 * schedules and alternations are not compared, so `[day:night:0.5]` is fine. The issue marks the later tag and the
 * fix drops it.
 * @example findContradictions("day, night", tags, index)[0] // { code: "conflicting_tags", from: 5, to: 10, … }
 */
export function findContradictions(text: string, tags: LintTag[], index: ConflictIndex): LintFinding[] {
  const found: LintFinding[] = [];
  const seen: Array<{ tag: LintTag; key: string }> = [];
  for (const tag of tags) {
    if (!isComparable(tag)) continue;
    const key = conflictKey(index, tag.key);
    if (!index.byTag.has(key)) continue;
    for (const other of seen) {
      const group = other.tag.part === tag.part ? findConflict(index, other.key, key) : null;
      if (!group) continue;
      found.push({ code: "conflicting_tags", from: tag.start, to: tag.end, fix: editBetween(text, removeTag(text, tag.index)),
        detail: { a: other.tag.key, b: tag.key, group: group.name, groupZh: group.nameZh } });
      break;
    }
    seen.push({ tag, key });
  }
  return found;
}

/**
 * Tags in both the prompt and the negative prompt, which pull against each other: marked in the negative, where
 * the fix drops them.
 * @example findInBoth(promptTags, "lowres, smile", negativeTags)[0].detail.tag // "smile" (when the prompt has smile)
 */
export function findInBoth(promptTags: LintTag[], negative: string, negativeTags: LintTag[]): LintFinding[] {
  const wanted = new Set(promptTags.filter(isComparable).map((t) => t.key));
  return negativeTags.filter((t) => isComparable(t) && wanted.has(t.key)).map((tag) => ({
    code: "tag_in_negative" as const, from: tag.start, to: tag.end, detail: { tag: tag.key },
    fix: editBetween(negative, removeTag(negative, tag.index)),
  }));
}
