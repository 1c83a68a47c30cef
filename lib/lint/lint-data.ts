import type { DictionaryEntry } from "../dictionary/entry";
import { normalizeTag } from "../dictionary/normalize-tag";
import { parseConflicts } from "./conflicts";
import type { ImportantCategory, LintData } from "./lint-rules";

const HAN = /\p{Script=Han}/u;
const IMPORTANT = new Set<string>(["subject", "quality"]);

/**
 * The lint's data from conflicts.tsv and the dictionary entries: the groups, the English aliases of their tags, and
 * every subject and quality tag (with its English aliases).
 * @example buildLintData("t\t时\tday, night", entries).aliases["nighttime"] // "night"
 */
export function buildLintData(conflictsTsv: string, entries: DictionaryEntry[]): LintData {
  const conflicts = parseConflicts(conflictsTsv);
  const inGroups = new Set(conflicts.flatMap((g) => [...g.left, ...(g.right ?? [])]));
  const aliases: Record<string, string> = {};
  const important: Record<string, ImportantCategory> = {};
  for (const entry of entries) {
    const tag = normalizeTag(entry.tag);
    const english = entry.aliases.filter((a) => !HAN.test(a)).map(normalizeTag);
    if (inGroups.has(tag)) for (const alias of english) if (!inGroups.has(alias)) aliases[alias] = tag;
    if (IMPORTANT.has(entry.category)) for (const key of [tag, ...english]) important[key] ??= entry.category as ImportantCategory;
  }
  return { conflicts, aliases, important };
}
