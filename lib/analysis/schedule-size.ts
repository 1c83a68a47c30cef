import { AppError } from "../errors";
import { PROMPT_LIMITS } from "../prompt/prompt-limits";
import type { ScheduleEntry } from "../prompt/schedules";

/**
 * Throws AppError("invalid_input") when schedules hold more than `maxScheduleChars` of text in all (many steps × a
 * long prompt that alternates), so an analysis answer stays a few MB at most.
 * @example checkScheduleSize(getPromptSchedules("[cat|dog] ".repeat(1_900), 150), 150) // throws: 150 variants, 1,425,000 characters
 */
export function checkScheduleSize(schedules: readonly ScheduleEntry[], steps: number): void {
  const size = schedules.reduce((n, [, text]) => n + text.length, 0);
  const max = PROMPT_LIMITS.maxScheduleChars;
  if (size <= max) return;
  const [n, m] = [size.toLocaleString("en"), max.toLocaleString("en")];
  throw new AppError("invalid_input",
    `At ${steps} steps this prompt has ${schedules.length} variants, ${n} characters in all (${m} at most): use fewer steps or a shorter prompt.`,
    `在 ${steps} 步下这个提示词有 ${schedules.length} 个变体，共 ${n} 个字符（最多 ${m}）：请减少步数或缩短提示词。`);
}
