"use client";

import { useEffect, useRef } from "react";

/**
 * A1111's keys for the preview: Ctrl/⌘+Enter generates (from anywhere, the prompt boxes included) and Esc cancels a
 * running render. A key another control already handled (the expander's own Ctrl+Enter, Esc closing suggestions or a
 * dialog) is left alone, as is a key pressed while an IME composes.
 */
export function useRenderShortcuts(actions: { generate: () => void; cancel: () => void; busy: boolean }) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const { generate, cancel, busy } = latest.current;
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        if (!busy) generate();
      } else if (e.key === "Escape" && busy && !document.querySelector("dialog[open]")) {
        cancel();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
