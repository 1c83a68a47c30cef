/** What the lint finds; each code has its messages in ./lint-messages. */
export type LintCode =
  | "duplicate_tag" | "conflicting_tags" | "tag_in_negative"
  | "noop_weight" | "empty_emphasis" | "extreme_weight" | "nested_emphasis"
  | "midjourney_syntax" | "novelai_syntax" | "fullwidth_punctuation"
  | "tag_split_by_chunk" | "important_tag_late";

/** Which of the two prompts an issue is in (its ranges count in that text). */
export type LintField = "prompt" | "negative";

/** A text edit that fixes an issue: replace `from..to` of the issue's prompt with `insert`. */
export interface LintFix {
  from: number;
  to: number;
  insert: string;
}

/** What a rule reports: where, the values its message names, and the fix if one is safe to offer. */
export interface LintFinding {
  code: LintCode;
  from: number;
  to: number;
  detail: Record<string, string>;
  fix?: LintFix;
}

/** One issue as the editor, the API and the CLI show it, with its message in both languages. */
export interface LintIssue {
  code: LintCode;
  field: LintField;
  message: string;
  messageZh: string;
  from: number;
  to: number;
  fix?: LintFix;
}

/**
 * The smallest edit that turns `before` into `after` (common prefix and suffix left alone).
 * @example editBetween("a, b, c", "a, c") // { from: 3, to: 6, insert: "" }
 */
export function editBetween(before: string, after: string): LintFix {
  let from = 0;
  const max = Math.min(before.length, after.length);
  while (from < max && before[from] === after[from]) from++;
  let tail = 0;
  while (tail < max - from && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { from, to: before.length - tail, insert: after.slice(from, after.length - tail) };
}

/**
 * Applies a fix to the text it was computed on.
 * @example applyFix("a, b, c", { from: 3, to: 6, insert: "" }) // "a, c"
 */
export function applyFix(text: string, fix: LintFix): string {
  return text.slice(0, fix.from) + fix.insert + text.slice(fix.to);
}
