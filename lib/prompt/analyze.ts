import { parsePromptAttention } from "./attention";
import { describeDiagnostic } from "./messages";
import { parsePrompt } from "./parse";
import { PROMPT_LIMITS } from "./prompt-limits";
import { getPromptSchedules, type ScheduleEntry } from "./schedules";
import { AppError } from "../errors";
import { chunkPrompt } from "../tokenizer/chunk";
import type { ClipTokenizer } from "../tokenizer/clip-tokenizer";
import { countPromptTokens } from "../tokenizer/count";

/**
 * Everything the editor and the API show about one prompt: tree, weights, schedules, CLIP ids, A1111's count and
 * chunks, and diagnostics with messages in both languages. Throws AppError("invalid_input") when the schedules alone
 * would pass `maxScheduleChars` (many steps × a long prompt that alternates), so an answer stays a few MB at most.
 */
export function analyzePrompt(tokenizer: ClipTokenizer, prompt: string, options: { steps?: number; isNegative?: boolean } = {}) {
  const steps = options.steps ?? 20;
  const schedules = getPromptSchedules(prompt, steps);
  checkScheduleSize(schedules, steps);
  const { tree, diagnostics } = parsePrompt(prompt);
  const { chunks, chunkStarts, tokenCount } = chunkPrompt(tokenizer, prompt, { trackOffsets: true });
  const { count, max } = countPromptTokens(tokenizer, prompt, { steps, isNegative: options.isNegative, known: { text: prompt, tokenCount } });
  return {
    tree,
    attention: parsePromptAttention(prompt),
    schedules,
    ids: tokenizer.encode(prompt),
    tokenCount: count,
    maxTokens: max,
    chunks,
    chunkStarts,
    diagnostics: diagnostics.map((d) => ({ ...d, message: describeDiagnostic(d, "en"), messageZh: describeDiagnostic(d, "zh") })),
  };
}

function checkScheduleSize(schedules: ScheduleEntry[], steps: number) {
  const size = schedules.reduce((n, [, text]) => n + text.length, 0);
  const max = PROMPT_LIMITS.maxScheduleChars;
  if (size <= max) return;
  const [n, m] = [size.toLocaleString("en"), max.toLocaleString("en")];
  throw new AppError("invalid_input",
    `At ${steps} steps this prompt has ${schedules.length} variants, ${n} characters in all (${m} at most): use fewer steps or a shorter prompt.`,
    `在 ${steps} 步下这个提示词有 ${schedules.length} 个变体，共 ${n} 个字符（最多 ${m}）：请减少步数或缩短提示词。`);
}
