import { jsonRoute } from "@/lib/http/json-route";
import { convertPrompt } from "@/lib/prompt/convert";
import { convertRequestSchema } from "./schema";

/** POST /api/prompt/convert {prompt, negative?, from, to} → {text, negative?, warnings}. */
export const POST = jsonRoute(convertRequestSchema, ({ prompt, negative, from, to }) => convertPrompt(prompt, from, to, negative));
