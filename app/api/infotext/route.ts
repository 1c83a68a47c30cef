import { z } from "zod";
import { jsonRoute } from "@/lib/http/json-route";
import { readGenerationDataFromPaste } from "@/lib/infotext/read-generation-data";

/** POST /api/infotext {text} → {source, prompt, negative, params}: pasted A1111 generation text or ComfyUI/NovelAI JSON. */
export const POST = jsonRoute(z.object({ text: z.string().max(1_000_000) }), ({ text }) => readGenerationDataFromPaste(text));
