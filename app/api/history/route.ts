import { requireUser } from "@/lib/auth/current-user.server";
import { addHistory, listHistory } from "@/lib/history/history.server";
import { jsonRoute } from "@/lib/http/json-route";
import { listHistorySchema, saveVersionSchema } from "./schema";

/** POST /api/history {prompt, negative, parentId?, source?} → the saved version (prompts equal to the parent's are not saved twice). Team mode: the user's own history. */
export const POST = jsonRoute(saveVersionSchema, async ({ prompt, negative, parentId, source }, request) =>
  addHistory(prompt, negative, { parentId, source, owner: (await requireUser(request))?.id }));

/** GET /api/history?q= → {items} newest first, each with its parent and renders (team mode: the user's own). */
export const GET = jsonRoute(listHistorySchema, async ({ q }, request) => ({ items: await listHistory(q, 100, (await requireUser(request))?.id) }), { from: "query" });
