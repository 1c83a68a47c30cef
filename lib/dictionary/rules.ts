import type { DictionaryRules } from "./dictionary";
import { normalizeTag } from "./entry";

/** The rows of a tab-separated rules file: `#` lines and blank lines skipped, fields trimmed. */
export function parseTsv(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => line.split("\t").map((f) => f.trim()));
}

/**
 * Reads the translation rules: zh-priority.tsv (`key<TAB>tag`) and zh-phrases.tsv (`key<TAB>tag, tag, …`).
 * @example readDictionaryRules("", "雨夜\train, night").phrases?.get("雨夜") // ["rain", "night"]
 */
export function readDictionaryRules(priorityTsv: string, phrasesTsv: string): DictionaryRules {
  return {
    priority: new Map(parseTsv(priorityTsv).map(([key, tag]) => [normalizeTag(key), normalizeTag(tag ?? "")])),
    phrases: new Map(parseTsv(phrasesTsv).map(([key, tags]) => [normalizeTag(key), (tags ?? "").split(",").map((t) => t.trim()).filter(Boolean)])),
  };
}

/** Which tags are explicit: exact tags, and whole words that make any tag containing them explicit. */
export interface ExplicitRules {
  tags: Set<string>;
  words: Set<string>;
}

/** Reads explicit.tsv (`tag<TAB>name` or `word<TAB>name`). */
export function readExplicitRules(tsv: string): ExplicitRules {
  const rules: ExplicitRules = { tags: new Set(), words: new Set() };
  for (const [kind, name] of parseTsv(tsv)) {
    if (!name) continue;
    if (kind === "word") rules.words.add(normalizeTag(name));
    else rules.tags.add(normalizeTag(name));
  }
  return rules;
}

/** Whether a tag is explicit under the rules (case, underscores and escapes forgiven). */
export function isExplicit(rules: ExplicitRules, tag: string): boolean {
  const key = normalizeTag(tag.replace(/\\(.)/g, "$1"));
  if (rules.tags.has(key)) return true;
  for (const word of key.split(/[\s()]+/)) if (word && rules.words.has(word)) return true;
  return false;
}
