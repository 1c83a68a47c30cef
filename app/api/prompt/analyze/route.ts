import { jsonRoute } from "@/lib/http/json-route";
import { analyzePrompt } from "@/lib/prompt/analyze";
import { getClipTokenizer } from "@/lib/tokenizer/load.server";
import { analyzeRequestSchema } from "./schema";

/** POST /api/prompt/analyze {prompt, steps?, isNegative?} → tree, attention, schedules, ids, count, chunks, diagnostics. */
export const POST = jsonRoute(analyzeRequestSchema, ({ prompt, steps, isNegative }) =>
  analyzePrompt(getClipTokenizer(), prompt, { steps, isNegative }),
);
