import type { LintField, LintFinding, LintIssue } from "./lint-issue";
import { describeLint } from "./lint-messages";
import { NO_LINT_RULES, type LintRules } from "./lint-rules";
import { readLintTags } from "./lint-tags";
import { findContradictions, findInBoth } from "./rules/contradictions";
import { findDuplicates } from "./rules/duplicates";
import { findFullWidth, findMidjourney, findNovelAI } from "./rules/foreign-syntax";
import { findLateImportantTags, findSplitTags } from "./rules/token-budget";
import { findWeightIssues } from "./rules/weights";

export interface LintInput {
  prompt: string;
  negative?: string;
}

export interface LintOptions {
  /** Conflict groups and important tags (without them, only the rules that need no data run). */
  rules?: LintRules;
  /** Where each 75-token chunk starts in each text (lib/tokenizer's chunkPrompt with trackOffsets); absent: not checked. */
  chunkStarts?: Partial<Record<LintField, number[]>>;
}

/**
 * Lints both prompts: duplicates, contradictions, no-op or risky weights, foreign syntax and the token budget, each
 * issue with its range, a message in both languages and, where one is safe, a fix. Pure and fast enough to run on
 * every keystroke.
 * @example lintPrompt({ prompt: "1girl, (smile:1.0)" })[0] // { code: "noop_weight", field: "prompt", from: 7, to: 18, fix: { from: 7, to: 18, insert: "smile" }, … }
 */
export function lintPrompt(input: LintInput, options: LintOptions = {}): LintIssue[] {
  const rules = options.rules ?? NO_LINT_RULES;
  const negative = input.negative ?? "";
  const promptTags = readLintTags(input.prompt);
  const negativeTags = readLintTags(negative);
  const prompt = [
    ...lintText(input.prompt, promptTags, options.chunkStarts?.prompt),
    ...findContradictions(input.prompt, promptTags, rules.conflicts),
    ...(options.chunkStarts?.prompt ? findLateImportantTags(input.prompt, promptTags, options.chunkStarts.prompt, rules) : []),
  ];
  const neg = [...lintText(negative, negativeTags, options.chunkStarts?.negative), ...findInBoth(promptTags, negative, negativeTags)];
  return [...toIssues(prompt, "prompt"), ...toIssues(neg, "negative")];
}

/** The rules that apply to either prompt alone. */
function lintText(text: string, tags: ReturnType<typeof readLintTags>, chunkStarts: number[] | undefined): LintFinding[] {
  if (!text.trim()) return [];
  return [
    ...findDuplicates(text, tags),
    ...findWeightIssues(text, tags),
    ...findMidjourney(text),
    ...findNovelAI(text),
    ...findFullWidth(text, tags),
    ...(chunkStarts ? findSplitTags(tags, chunkStarts) : []),
  ];
}

function toIssues(findings: LintFinding[], field: LintField): LintIssue[] {
  return findings.sort((a, b) => a.from - b.from || a.to - b.to).map((f) => ({
    code: f.code, field, message: describeLint(f, "en"), messageZh: describeLint(f, "zh"), from: f.from, to: f.to, ...(f.fix ? { fix: f.fix } : {}),
  }));
}
