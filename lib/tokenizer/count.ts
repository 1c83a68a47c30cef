import { splitComposablePrompt } from "../prompt/composable";
import { stripExtraNetworks } from "../prompt/extra-networks";
import { getPromptSchedules } from "../prompt/schedules";
import { chunkPrompt, type ChunkOptions } from "./chunk";
import type { ClipTokenizer } from "./clip-tokenizer";

export interface TokenCountOptions extends ChunkOptions {
  /** Sampling steps the schedules are resolved at; A1111's UI uses the steps slider (20 by default). */
  steps?: number;
  /** The negative prompt is not split on AND. */
  isNegative?: boolean;
  /** A text already chunked by the caller (usually the whole prompt), so it is not tokenized twice. */
  known?: { text: string; tokenCount: number };
}

export interface TokenCount {
  /** N in "N/75". */
  count: number;
  /** The denominator: 75, 150, 225 … */
  max: number;
}

/**
 * The count A1111's UI shows under a prompt: extra networks removed, AND parts and every scheduled variant
 * tokenized, the largest wins.
 * @example countPromptTokens(tok, "a cat, <lora:x:1>") // { count: 3, max: 75 }
 */
export function countPromptTokens(tokenizer: ClipTokenizer, prompt: string, options: TokenCountOptions = {}): TokenCount {
  const steps = options.steps ?? 20;
  const chunkLength = options.chunkLength ?? 75;
  const { text } = stripExtraNetworks(prompt);
  const parts = options.isNegative ? [text] : splitComposablePrompt(text).map((p) => p.text);
  let count = 0;
  const seen = new Set<string>();
  for (const part of parts) {
    for (const [, variant] of getPromptSchedules(part, steps)) {
      if (seen.has(variant)) continue;
      seen.add(variant);
      const variantCount = variant === options.known?.text ? options.known.tokenCount : chunkPrompt(tokenizer, variant, options).tokenCount;
      count = Math.max(count, variantCount);
    }
  }
  return { count, max: Math.ceil(Math.max(count, 1) / chunkLength) * chunkLength };
}
