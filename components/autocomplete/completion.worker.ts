/// <reference lib="webworker" />
import { completeTag, type CompletionIndex } from "@/lib/dictionary/complete";
import { unpackCompletionIndex } from "@/lib/dictionary/completion-index-wire";
import type { CompletionRequest, CompletionResponse } from "./completion-protocol";

// The suggestion index lives in this worker. The server sends it prebuilt (keys already sorted), so getting it ready
// is a download and an unpack (0.1–0.2 s) rather than a build of about a second; typing never waits on either.
type Loaded = { index: CompletionIndex; showExplicit: boolean; favorites: string[] };
let index: Promise<Loaded> | null = null;

// Team mode: a member's stars live with their account, not in the shared index (an empty list otherwise).
const ownStars = () => fetch("/api/dictionary/favorites").then((r) => (r.ok ? r.json() : { tags: [] })).then((b: { tags?: string[] }) => b.tags ?? [], () => []);

function load(): Promise<Loaded> {
  index ??= Promise.all([fetch("/api/dictionary/completions?format=index"), ownStars()]).then(async ([r, favorites]) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    // A gzip file (the server compresses it once per dictionary version), inflated natively on the way in.
    const bytes = new Uint8Array(await new Response(r.body!.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
    return { index: unpackCompletionIndex(bytes), showExplicit: r.headers.get("x-show-explicit") === "1", favorites };
  });
  index.catch(() => (index = null));
  return index;
}

self.onmessage = async (event: MessageEvent<CompletionRequest>) => {
  const request = event.data;
  const reply = (message: CompletionResponse) => self.postMessage(message);
  try {
    const { index: loaded, showExplicit, favorites } = await load();
    if (request.type === "warm") return reply({ type: "ready", id: request.id });
    const results = completeTag(loaded, request.query, { limit: request.limit, recent: request.recent, favorites, includeExplicit: showExplicit });
    reply({ type: "results", id: request.id, query: request.query, results });
  } catch {
    reply({ type: "error", id: request.id });
  }
};
