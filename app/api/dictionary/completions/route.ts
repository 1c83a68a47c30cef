import crypto from "node:crypto";
import { getCompletionRows, getPackedCompletionIndex } from "@/lib/dictionary/completion-data.server";
import { packCompletionRows } from "@/lib/dictionary/completion-wire";
import { getDictionary } from "@/lib/dictionary/store.server";
import { jsonRoute } from "@/lib/http/json-route";
import { getContentSettings } from "@/lib/settings/content-settings.server";
import { completionsQuerySchema } from "./schema";

const cache = new WeakMap<object, { body: string; etag: string }>();

/**
 * GET /api/dictionary/completions → {rows, showExplicit}: every suggestible tag (dictionary entries and Danbooru's
 * general, character and franchise tags), revalidated by ETag. With `format=index`: the same tags as the prebuilt
 * suggestion index (lib/dictionary/completion-index-wire.ts), gzipped once on the server (a gzip file, not a
 * Content-Encoding), the explicit-tags setting in `x-show-explicit`; the browser's autocomplete worker loads this one.
 */
export const GET = jsonRoute(completionsQuerySchema, async ({ format }, request) => {
  const dict = await getDictionary();
  const { showExplicit } = await getContentSettings();
  const explicit = showExplicit ? 1 : 0;
  if (format === "index") {
    const packed = await getPackedCompletionIndex(dict);
    const headers = { etag: `"${packed.hash}-${explicit}"`, "cache-control": "private, no-cache", "content-type": "application/gzip", "x-show-explicit": String(explicit) };
    if (request.headers.get("if-none-match") === headers.etag) return new Response(null, { status: 304, headers });
    return new Response(packed.gzip, { headers });
  }
  let packed = cache.get(dict);
  if (!packed) {
    const body = JSON.stringify(packCompletionRows(getCompletionRows(dict)));
    packed = { body, etag: `"${crypto.createHash("sha1").update(body).digest("base64url")}"` };
    cache.set(dict, packed);
  }
  const etag = `${packed.etag.slice(0, -1)}-${explicit}"`;
  const headers = { etag, "cache-control": "private, no-cache", "content-type": "application/json; charset=utf-8" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(`{"showExplicit":${showExplicit},"rows":${packed.body}}`, { headers });
}, { from: "query" });
