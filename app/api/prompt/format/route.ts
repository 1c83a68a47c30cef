import { jsonRoute } from "@/lib/http/json-route";
import { formatPrompt } from "@/lib/prompt/format";
import { formatRequestSchema } from "./schema";

/** POST /api/prompt/format {prompt} → {prompt}: commas and spaces normalised, meaning unchanged. */
export const POST = jsonRoute(formatRequestSchema, ({ prompt }) => ({ prompt: formatPrompt(prompt) }));
