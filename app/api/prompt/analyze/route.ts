import { jsonRoute } from "@/lib/http/json-route";
import { analyzePrompt } from "@/lib/analysis/analyze-prompt";
import { getClipTokenizer } from "@/lib/tokenizer/load.server";
import { analyzeRequestSchema } from "./schema";

/**
 * POST /api/prompt/analyze {prompt, steps?, isNegative?} → tree, attention, schedules, ids, tokenCount, maxTokens,
 * countedText, chunks (of the counted text), rawChunks and chunkStarts (of the text as written), diagnostics.
 */
export const POST = jsonRoute(analyzeRequestSchema, ({ prompt, steps, isNegative }) =>
  analyzePrompt(getClipTokenizer(), prompt, { steps, isNegative, trackOffsets: true }).toJSON(),
);
