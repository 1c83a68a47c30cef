/// <reference lib="webworker" />
import { buildCompletionIndex, completeTag, type CompletionIndex } from "@/lib/dictionary/complete";
import { unpackCompletionRows, type WireRow } from "@/lib/dictionary/completion-wire";
import type { CompletionRequest, CompletionResponse } from "./completion-protocol";

// The suggestion index lives in this worker: building it over ~80,000 tags takes a moment that must not freeze typing.
let index: Promise<{ index: CompletionIndex; showExplicit: boolean }> | null = null;

function load(): Promise<{ index: CompletionIndex; showExplicit: boolean }> {
  index ??= fetch("/api/dictionary/completions")
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<{ rows: WireRow[]; showExplicit: boolean }>;
    })
    .then((data) => ({ index: buildCompletionIndex(unpackCompletionRows(data.rows)), showExplicit: data.showExplicit }));
  index.catch(() => (index = null));
  return index;
}

self.onmessage = async (event: MessageEvent<CompletionRequest>) => {
  const request = event.data;
  const reply = (message: CompletionResponse) => self.postMessage(message);
  try {
    const { index: loaded, showExplicit } = await load();
    if (request.type === "warm") return reply({ type: "ready", id: request.id });
    const results = completeTag(loaded, request.query, { limit: request.limit, recent: request.recent, includeExplicit: showExplicit });
    reply({ type: "results", id: request.id, query: request.query, results });
  } catch {
    reply({ type: "error", id: request.id });
  }
};
