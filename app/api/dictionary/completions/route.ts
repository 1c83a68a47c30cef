import crypto from "node:crypto";
import { z } from "zod";
import { getCompletionRows } from "@/lib/dictionary/completion-data.server";
import { packCompletionRows } from "@/lib/dictionary/completion-wire";
import { getDictionary } from "@/lib/dictionary/store.server";
import { jsonRoute } from "@/lib/http/json-route";
import { getContentSettings } from "@/lib/settings/content-settings.server";

const cache = new WeakMap<object, { body: string; etag: string }>();

/**
 * GET /api/dictionary/completions → {rows, showExplicit}: every suggestible tag (dictionary entries and Danbooru's
 * general, character and franchise tags) for the browser's autocomplete index, loaded once and revalidated by ETag.
 */
export const GET = jsonRoute(z.object({}), async (_input, request) => {
  const dict = await getDictionary();
  const { showExplicit } = await getContentSettings();
  let packed = cache.get(dict);
  if (!packed) {
    const body = JSON.stringify(packCompletionRows(getCompletionRows(dict)));
    packed = { body, etag: `"${crypto.createHash("sha1").update(body).digest("base64url")}"` };
    cache.set(dict, packed);
  }
  const etag = `${packed.etag.slice(0, -1)}-${showExplicit ? 1 : 0}"`;
  const headers = { etag, "cache-control": "private, no-cache", "content-type": "application/json; charset=utf-8" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(`{"showExplicit":${showExplicit},"rows":${packed.body}}`, { headers });
}, { from: "query" });
