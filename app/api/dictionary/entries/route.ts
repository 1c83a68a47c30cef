import { z } from "zod";
import { entrySchema } from "@/lib/dictionary/entry";
import { listEditedBuiltinTags, resetBuiltinEntry } from "@/lib/dictionary/reset-entry.server";
import { saveUserEntry } from "@/lib/dictionary/store.server";
import { jsonRoute } from "@/lib/http/json-route";
import { resetEntrySchema } from "./schema";

/** POST /api/dictionary/entries {tag, zh, aliases?, category, sub, pop, note?}: adds the user's entry or edits one. */
export const POST = jsonRoute(entrySchema, async (entry) => {
  await saveUserEntry(entry);
  return { saved: entry.tag };
});

/** GET /api/dictionary/entries → {edited: [tag…]}: the built-in entries the user changed (each can be reset). */
export const GET = jsonRoute(z.object({}), async () => ({ edited: await listEditedBuiltinTags() }), { from: "query" });

/** DELETE /api/dictionary/entries?tag=… → {reset: entry}: drops the user's edit of a built-in entry, back to its shipped value. */
export const DELETE = jsonRoute(resetEntrySchema, async ({ tag }) => ({ reset: await resetBuiltinEntry(tag) }), { from: "query" });
