import { pinyin } from "pinyin-pro";
import { createDictionary, type Dictionary } from "./dictionary";
import type { DictionaryEntry } from "./entry";
import { loadBuiltinEntries, loadDictionaryRules } from "./load.server";
import { cedictLexicon } from "./zh/lexicon.server";
import { getToSimplified } from "./zh/simplify.server";

/**
 * Pinyin syllables without tones (pinyin-pro), for the search index; the letters of a name written half in Latin stay
 * in their place (红Saber → hong, Saber), or "hong" alone would name Nero as exactly as it names 红 (red).
 */
export const pinyinOf = (text: string): string[] => pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" });

let builtin: Dictionary | null = null;

/** The dictionary of the data files alone (the CLI and tests; the app adds the user's entries from the database). */
export function getBuiltinDictionary(): Dictionary {
  builtin ??= buildDictionary(loadBuiltinEntries());
  return builtin;
}

/** A dictionary over the given entries with the data files' rules, the pinyin index and Chinese resources. */
export function buildDictionary(entries: DictionaryEntry[]): Dictionary {
  const zh = { lexicon: cedictLexicon, get toSimplified() { return getToSimplified(); } };
  return createDictionary(entries, pinyinOf, { ...loadDictionaryRules(), zh });
}
