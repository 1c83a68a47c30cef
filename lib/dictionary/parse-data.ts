import { entrySchema, type DictionaryEntry } from "./entry";

/** A malformed line in a data file; start-up stops with these rather than load half a dictionary. */
export interface DataError {
  file: string;
  line: number;
  message: string;
}

/**
 * Parses one JSON Lines data file, collecting every bad line instead of stopping at the first.
 * @example parseDictionaryFile("scene.jsonl", '{"tag":"cafe",...}\n').entries[0].tag // "cafe"
 */
export function parseDictionaryFile(file: string, text: string): { entries: DictionaryEntry[]; errors: DataError[] } {
  const entries: DictionaryEntry[] = [];
  const errors: DataError[] = [];
  const expected = file.replace(/^.*\//, "").replace(/\.jsonl$/, "");
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      errors.push({ file, line, message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    const parsed = entrySchema.safeParse(value);
    if (!parsed.success) {
      errors.push({ file, line, message: parsed.error.issues.map((i) => `${i.path.join(".") || "entry"}: ${i.message}`).join("; ") });
    } else if (parsed.data.category !== expected) {
      errors.push({ file, line, message: `category "${parsed.data.category}" does not match the file (${expected})` });
    } else entries.push({ ...parsed.data, source: "builtin" });
  });
  return { entries, errors };
}

/** One message naming every bad line, for the start-up error. */
export function describeDataErrors(errors: DataError[]): string {
  const shown = errors.slice(0, 20).map((e) => `  ${e.file}:${e.line}: ${e.message}`);
  const more = errors.length > 20 ? [`  … and ${errors.length - 20} more`] : [];
  return [`The tag dictionary has ${errors.length} malformed line(s):`, ...shown, ...more].join("\n");
}
