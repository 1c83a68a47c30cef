"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** Everything the user is composing: both prompts and the tags they switched off. */
export interface ComposerSnapshot {
  prompt: string;
  negative: string;
  disabled: string[];
}

const EMPTY: ComposerSnapshot = { prompt: "", negative: "", disabled: [] };
const KEY = "ps.composer";
const COALESCE_MS = 600;
const MAX_UNDO = 200;

/**
 * The composer's state with one undo history across the text and tag views, saved to localStorage on every change
 * so nothing typed is lost on reload. Typing within 0.6 s coalesces into one undo step.
 */
export function useComposerState() {
  const [state, setState] = useState<ComposerSnapshot>(EMPTY);
  const past = useRef<ComposerSnapshot[]>([]);
  const future = useRef<ComposerSnapshot[]>([]);
  const lastPush = useRef(0);
  const loaded = useRef(false);

  useEffect(() => {
    try {
      const saved = localStorage.getItem(KEY);
      const restored: ComposerSnapshot = saved ? { ...EMPTY, ...(JSON.parse(saved) as Partial<ComposerSnapshot>) } : EMPTY;
      // Pages that hand a prompt to the composer (share page, PNG info) write these two keys; the previous work
      // stays one undo step away.
      const prompt = localStorage.getItem("ps.prompt");
      const negative = localStorage.getItem("ps.negative");
      if (prompt !== null || negative !== null) {
        past.current = [restored];
        setState({ prompt: JSON.parse(prompt ?? '""') as string, negative: JSON.parse(negative ?? '""') as string, disabled: [] });
      } else setState(restored);
    } catch {
      // A corrupt saved state is ignored, never fatal.
    }
    loaded.current = true;
  }, []);
  useEffect(() => {
    if (!loaded.current) return;
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
      localStorage.removeItem("ps.prompt");
      localStorage.removeItem("ps.negative");
    } catch {
      // Storage full or disabled: the state stays in the page.
    }
  }, [state]);

  const update = useCallback((change: Partial<ComposerSnapshot>, options: { coalesce?: boolean } = {}) => {
    setState((current) => {
      const next = { ...current, ...change };
      const now = Date.now();
      if (!options.coalesce || now - lastPush.current > COALESCE_MS) {
        past.current = [...past.current.slice(-MAX_UNDO + 1), current];
      }
      lastPush.current = options.coalesce ? now : 0;
      future.current = [];
      return next;
    });
  }, []);

  const undo = useCallback(() => {
    setState((current) => {
      const previous = past.current.pop();
      if (!previous) return current;
      future.current.push(current);
      lastPush.current = 0;
      return previous;
    });
  }, []);

  const redo = useCallback(() => {
    setState((current) => {
      const next = future.current.pop();
      if (!next) return current;
      past.current.push(current);
      lastPush.current = 0;
      return next;
    });
  }, []);

  /** Replaces everything (restoring from history or a card); undoable. */
  const load = useCallback((snapshot: Partial<ComposerSnapshot>) => update({ ...EMPTY, ...snapshot }), [update]);

  return { state, update, undo, redo, load };
}
