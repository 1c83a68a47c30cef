"use client";

import { useCallback, useEffect, useState } from "react";
import { callApi } from "../api-client";

/** The built-in entries the user edited (from /api/dictionary/entries), and a reset that puts one back to its shipped value. */
export function useEditedEntries(revision: number, onReset: () => void): { edited: Set<string>; reset: (tag: string) => Promise<void> } {
  const [edited, setEdited] = useState<Set<string>>(new Set());
  useEffect(() => {
    const controller = new AbortController();
    callApi<{ edited: string[] }>("/api/dictionary/entries", { signal: controller.signal })
      .then((r) => setEdited(new Set(r.edited)), () => undefined);
    return () => controller.abort();
  }, [revision]);
  const reset = useCallback(async (tag: string) => {
    await callApi(`/api/dictionary/entries?${new URLSearchParams({ tag })}`, { method: "DELETE" }).catch(() => undefined);
    onReset();
  }, [onReset]);
  return { edited, reset };
}
