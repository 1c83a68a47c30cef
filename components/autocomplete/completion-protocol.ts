import type { Completion } from "@/lib/dictionary/complete";

/** What the page asks the suggestion worker. */
export type CompletionRequest =
  | { type: "warm"; id: number }
  | { type: "complete"; id: number; query: string; limit: number; recent: string[] };

/** What the worker answers. */
export type CompletionResponse =
  | { type: "ready"; id: number }
  | { type: "results"; id: number; query: string; results: Completion[] }
  | { type: "error"; id: number };
