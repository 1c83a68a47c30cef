import { chunkPrompt } from "@/lib/tokenizer/chunk";
import { ClipTokenizer } from "@/lib/tokenizer/clip-tokenizer";
import { countPromptTokens } from "@/lib/tokenizer/count";
import { buildClipVocab } from "@/lib/tokenizer/vocab";

/** What the editor shows about tokens: A1111's N/75 count and where each 75-token chunk starts. */
export interface TokenStats {
  count: number;
  max: number;
  chunkStarts: number[];
  chunkSizes: number[];
}

/** Stats of `prompt`; the count is of `effective` (the prompt without switched-off tags) when given. */
export type ComputeTokenStats = (prompt: string, isNegative: boolean, effective?: string) => TokenStats;

/** Builds the tokenizer from the merges text (loaded lazily: this module and the vocabulary stay out of first load). */
export function createTokenStats(mergesText: string): ComputeTokenStats {
  const tokenizer = new ClipTokenizer(buildClipVocab(mergesText));
  return (prompt, isNegative, effective = prompt) => {
    const { chunkStarts, chunkSizes, tokenCount } = chunkPrompt(tokenizer, prompt, { trackOffsets: true });
    const { count, max } = countPromptTokens(tokenizer, effective, { isNegative, known: { text: prompt, tokenCount } });
    return { count, max, chunkStarts, chunkSizes };
  };
}
