import { parsePromptAttention } from "./attention";
import { describeDiagnostic } from "./messages";
import { parsePrompt } from "./parse";
import { getPromptSchedules } from "./schedules";
import { chunkPrompt } from "../tokenizer/chunk";
import type { ClipTokenizer } from "../tokenizer/clip-tokenizer";
import { countPromptTokens } from "../tokenizer/count";

/**
 * Everything the editor and the API show about one prompt: tree, weights, schedules, CLIP ids, A1111's count and
 * chunks, and diagnostics with messages in both languages.
 */
export function analyzePrompt(tokenizer: ClipTokenizer, prompt: string, options: { steps?: number; isNegative?: boolean } = {}) {
  const steps = options.steps ?? 20;
  const { tree, diagnostics } = parsePrompt(prompt);
  const { chunks, chunkStarts, tokenCount } = chunkPrompt(tokenizer, prompt, { trackOffsets: true });
  const { count, max } = countPromptTokens(tokenizer, prompt, { steps, isNegative: options.isNegative, known: { text: prompt, tokenCount } });
  return {
    tree,
    attention: parsePromptAttention(prompt),
    schedules: getPromptSchedules(prompt, steps),
    ids: tokenizer.encode(prompt),
    tokenCount: count,
    maxTokens: max,
    chunks,
    chunkStarts,
    diagnostics: diagnostics.map((d) => ({ ...d, message: describeDiagnostic(d, "en"), messageZh: describeDiagnostic(d, "zh") })),
  };
}
