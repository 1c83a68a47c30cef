import { analyzePrompt } from "@/lib/analysis/analyze-prompt";
import type { PromptReading } from "@/lib/prompt/read-prompt";
import { ClipTokenizer } from "@/lib/tokenizer/clip-tokenizer";
import { buildClipVocab } from "@/lib/tokenizer/vocab";

/** What the editor shows about tokens: A1111's N/75 count and where each 75-token chunk starts. */
export interface TokenStats {
  count: number;
  max: number;
  chunkStarts: number[];
  chunkSizes: number[];
}

/** Stats of a prompt (read once, by readPrompt); the count is of `effective` (switched-off tags left out) when given. */
export type ComputeTokenStats = (reading: PromptReading, isNegative: boolean, effective?: string) => TokenStats;

/**
 * Builds the tokenizer from the merges text (loaded lazily: this module and the vocabulary stay out of first load) and
 * returns the editor's view of analyzePrompt: chunk marks of the text as written, the count of the effective text.
 */
export function createTokenStats(mergesText: string): ComputeTokenStats {
  const tokenizer = new ClipTokenizer(buildClipVocab(mergesText));
  return (reading, isNegative, effective = reading.text) => {
    const analysis = analyzePrompt(tokenizer, reading, { isNegative, trackOffsets: true });
    const counted = effective === reading.text ? analysis : analyzePrompt(tokenizer, effective, { isNegative });
    return { count: counted.tokenCount, max: counted.maxTokens, chunkStarts: analysis.chunkStarts, chunkSizes: analysis.chunkSizes };
  };
}
