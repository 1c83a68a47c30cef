import { getPackedCompletionIndex } from "@/lib/dictionary/completion-data.server";
import { getDictionary } from "@/lib/dictionary/store.server";
import { jsonRoute } from "@/lib/http/json-route";
import { getContentSettings } from "@/lib/settings/content-settings.server";
import { completionsQuerySchema } from "./schema";

/**
 * GET /api/dictionary/completions → the prebuilt suggestion index (lib/dictionary/completion-index-wire.ts): every
 * suggestible tag (dictionary entries and Danbooru's general, character and franchise tags), built and gzipped once
 * per dictionary version on the server (a gzip file, not a Content-Encoding), revalidated by ETag; the explicit-tags
 * setting in `x-show-explicit`. The browser's autocomplete worker loads it.
 */
export const GET = jsonRoute(completionsQuerySchema, async (_query, request) => {
  const dict = await getDictionary();
  const { showExplicit } = await getContentSettings();
  const explicit = showExplicit ? 1 : 0;
  const packed = await getPackedCompletionIndex(dict);
  const headers = { etag: `"${packed.hash}-${explicit}"`, "cache-control": "private, no-cache", "content-type": "application/gzip", "x-show-explicit": String(explicit) };
  if (request.headers.get("if-none-match") === headers.etag) return new Response(null, { status: 304, headers });
  return new Response(packed.gzip, { headers });
}, { from: "query" });
