import fs from "node:fs";
import path from "node:path";
import { dataDir, loadBuiltinEntries } from "../dictionary/load.server";
import { buildLintData } from "./lint-data";
import type { LintData } from "./lint-rules";

let cached: LintData | null = null;

/** The lint's data from dictionaries/conflicts.tsv and the built-in dictionary, read once per process. */
export function getLintData(dir = dataDir()): LintData {
  cached ??= buildLintData(fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, "conflicts.tsv"), "utf8"), loadBuiltinEntries(dir));
  return cached;
}
