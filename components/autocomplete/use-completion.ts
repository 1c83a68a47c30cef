"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Completion } from "@/lib/dictionary/complete";
import { currentTagAt, type CurrentTag } from "@/lib/prompt/current-tag";
import type { CompletionRequest, CompletionResponse } from "./completion-protocol";

const RECENT_KEY = "ps.recentTags";
const RECENT_MAX = 50;
const LIMIT = 8;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: CompletionResponse) => void>();

// One worker for both prompt boxes, started on first use; it fetches and indexes the tag list by itself.
type Unnumbered<T> = T extends unknown ? Omit<T, "id"> : never;

function ask(request: Unnumbered<CompletionRequest>): Promise<CompletionResponse> {
  if (!worker) {
    worker = new Worker(new URL("./completion.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<CompletionResponse>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ ...request, id } as CompletionRequest);
  });
}

/** The tags the user accepted lately, newest first (ranked before post counts in suggestions). */
export function readRecentTags(): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(RECENT_KEY) ?? "[]");
    return Array.isArray(saved) ? saved.filter((t): t is string => typeof t === "string").slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}

function rememberTag(tag: string) {
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify([tag, ...readRecentTags().filter((t) => t !== tag)].slice(0, RECENT_MAX)));
  } catch {
    // Storage full or disabled: suggestions just lose the recent boost.
  }
}

export interface CompletionState {
  items: Completion[];
  active: number;
  target: CurrentTag;
}

/**
 * Autocomplete for one prompt box: `update` after each change or caret move (never while an IME is composing),
 * `move`/`close` from the keyboard, `accepted` once a suggestion is written. Late answers for older text are dropped.
 */
export function useCompletion() {
  const [state, setState] = useState<CompletionState | null>(null);
  const latest = useRef(0);
  const update = useCallback((text: string, caret: number, selectionEnd: number) => {
    const target = caret === selectionEnd ? currentTagAt(text, caret) : null;
    const ticket = ++latest.current;
    if (!target) return setState(null);
    void ask({ type: "complete", query: target.query, limit: LIMIT, recent: readRecentTags() }).then((response) => {
      if (ticket !== latest.current) return;
      setState(response.type === "results" && response.results.length ? { items: response.results, active: 0, target } : null);
    });
  }, []);
  const close = useCallback(() => {
    latest.current++;
    setState(null);
  }, []);
  const move = useCallback((delta: number) => setState((s) => (s ? { ...s, active: (s.active + delta + s.items.length) % s.items.length } : s)), []);
  const accepted = useCallback((tag: string) => {
    rememberTag(tag);
    close();
  }, [close]);
  const warm = useCallback(() => void ask({ type: "warm" }), []);
  useEffect(() => () => void latest.current++, []);
  return { state, update, close, move, accepted, warm };
}
