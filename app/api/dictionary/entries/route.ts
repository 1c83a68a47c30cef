import { entrySchema } from "@/lib/dictionary/entry";
import { saveUserEntry } from "@/lib/dictionary/store.server";
import { jsonRoute } from "@/lib/http/json-route";

/** POST /api/dictionary/entries {tag, zh, aliases?, category, sub, pop, note?}: adds the user's entry or edits one. */
export const POST = jsonRoute(entrySchema, async (entry) => {
  await saveUserEntry(entry);
  return { saved: entry.tag };
});
