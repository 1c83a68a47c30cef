import { pinyin } from "pinyin-pro";
import { createDictionary, type Dictionary } from "./dictionary";
import type { DictionaryEntry } from "./entry";
import { loadBuiltinEntries } from "./load.server";

/** Pinyin syllables without tones (pinyin-pro), for the search index. */
export const pinyinOf = (text: string): string[] => pinyin(text, { toneType: "none", type: "array", nonZh: "removed" });

let builtin: Dictionary | null = null;

/** The dictionary of the data files alone (the CLI and tests; the app adds the user's entries from the database). */
export function getBuiltinDictionary(): Dictionary {
  builtin ??= createDictionary(loadBuiltinEntries(), pinyinOf);
  return builtin;
}

/** A dictionary over the given entries with the same pinyin index. */
export function buildDictionary(entries: DictionaryEntry[]): Dictionary {
  return createDictionary(entries, pinyinOf);
}
