import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-user.server";
import { viewerOf } from "@/lib/auth/viewer.server";
import { entrySchema } from "@/lib/dictionary/entry";
import { listEditedBuiltinTags, resetBuiltinEntry } from "@/lib/dictionary/reset-entry.server";
import { saveUserEntry } from "@/lib/dictionary/store.server";
import { jsonRoute } from "@/lib/http/json-route";
import { resetEntrySchema } from "./schema";

/** POST /api/dictionary/entries {tag, zh, aliases?, category, sub, pop, note?}: adds the user's entry or edits one (team mode: their own; admins any). */
export const POST = jsonRoute(entrySchema, async (entry, request) => {
  await saveUserEntry(entry, await viewerOf(request));
  return { saved: entry.tag };
});

/** GET /api/dictionary/entries → {edited: [tag…]}: the built-in entries the user changed (each can be reset). */
export const GET = jsonRoute(z.object({}), async () => ({ edited: await listEditedBuiltinTags() }), { from: "query" });

/** DELETE /api/dictionary/entries?tag=… → {reset: entry}: drops the user's edit of a built-in entry, back to its shipped value (team mode: admins only). */
export const DELETE = jsonRoute(resetEntrySchema, async ({ tag }, request) => {
  await requireAdmin(request);
  return { reset: await resetBuiltinEntry(tag) };
}, { from: "query" });
