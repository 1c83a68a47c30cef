import { indexConflicts, type ConflictGroup, type ConflictIndex } from "./conflicts";

/** The dictionary categories whose tags belong in the first 75-token chunk. */
export type ImportantCategory = "subject" | "quality";

/** The lint's data as it travels (GET /api/lint/rules, JSON): conflict groups and the important tags. */
export interface LintData {
  conflicts: ConflictGroup[];
  /** Alias → tag, for the tags in conflict groups. */
  aliases: Record<string, string>;
  /** Normalized tag or alias → its category, for subject and quality tags. */
  important: Record<string, ImportantCategory>;
}

/** The lint's data ready to use. */
export interface LintRules {
  conflicts: ConflictIndex;
  important: Map<string, ImportantCategory>;
}

/** Builds the lookup tables from the data (once per page or process). */
export function createLintRules(data: LintData): LintRules {
  return { conflicts: indexConflicts(data.conflicts, data.aliases), important: new Map(Object.entries(data.important)) };
}

/** No data: only the syntax rules and the duplicates run. */
export const NO_LINT_RULES: LintRules = createLintRules({ conflicts: [], aliases: {}, important: {} });
