import fs from "node:fs";
import path from "node:path";
import { AppError } from "../errors";
import type { DictionaryRules } from "./dictionary";
import type { DictionaryEntry } from "./entry";
import { readDictionaryRules } from "./rules";
import { describeDataErrors, parseDictionaryFile, type DataError } from "./parse-data";

/** The folder of built-in data files (dictionaries/ in the project root). */
export const dataDir = () => path.join(process.cwd(), "dictionaries");

/** Reads and validates every data file; throws one error naming each bad file and line (never half-loads). */
export function loadBuiltinEntries(dir = dataDir()): DictionaryEntry[] {
  // The data folder is read at run time, not bundled: keep the bundler from tracing the whole project.
  const files = fs.readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => f.endsWith(".jsonl")).sort();
  const entries: DictionaryEntry[] = [];
  const errors: DataError[] = [];
  for (const file of files) {
    const result = parseDictionaryFile(file, fs.readFileSync(/*turbopackIgnore: true*/ `${dir}${path.sep}${file}`, "utf8"));
    entries.push(...result.entries);
    errors.push(...result.errors);
  }
  if (errors.length > 0) {
    const message = describeDataErrors(errors);
    throw new AppError("invalid_input", message, message.replace("The tag dictionary has", "词典数据有").replace("malformed line(s)", "行格式错误"));
  }
  return entries;
}

/** The translation rules beside the entries (zh-priority.tsv, zh-phrases.tsv); a missing file means no rules. */
export function loadDictionaryRules(dir = dataDir()): DictionaryRules {
  const read = (name: string) => {
    const file = `${dir}${path.sep}${name}`;
    return fs.existsSync(/*turbopackIgnore: true*/ file) ? fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8") : "";
  };
  return readDictionaryRules(read("zh-priority.tsv"), read("zh-phrases.tsv"));
}
