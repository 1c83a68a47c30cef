import { addHistory, listHistory } from "@/lib/history/history.server";
import { jsonRoute } from "@/lib/http/json-route";
import { listHistorySchema, saveVersionSchema } from "./schema";

/** POST /api/history {prompt, negative, parentId?, source?} → the saved version (prompts equal to the parent's are not saved twice). */
export const POST = jsonRoute(saveVersionSchema, ({ prompt, negative, parentId, source }) => addHistory(prompt, negative, { parentId, source }));

/** GET /api/history?q= → {items} newest first, each with its parent and renders. */
export const GET = jsonRoute(listHistorySchema, async ({ q }) => ({ items: await listHistory(q) }), { from: "query" });
