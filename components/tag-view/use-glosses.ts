"use client";

import { useEffect, useState } from "react";
import { callApi } from "../api-client";

const cache = new Map<string, string | null>();

/** Chinese glosses for tags, fetched in one batch for the ones not seen before (page-wide cache). */
export function useGlosses(tags: string[]): Map<string, string | null> {
  const [, setVersion] = useState(0);
  const missing = [...new Set(tags.filter((t) => !cache.has(t)))];
  const key = missing.join("\u0001");
  useEffect(() => {
    if (!key) return;
    const batch = key.split("\u0001");
    const controller = new AbortController();
    const timer = setTimeout(() => {
      // An abort that lands while the body is read leaves no body (callApi answers null): nothing is cached, so the
      // tags are asked for again with the next change.
      callApi<{ glosses: Array<string | null> } | null>("/api/gloss", { body: { tags: batch }, signal: controller.signal })
        .then((answer) => {
          const glosses = answer?.glosses;
          if (controller.signal.aborted || !Array.isArray(glosses)) return;
          batch.forEach((t, i) => cache.set(t, glosses[i] ?? null));
          setVersion((v) => v + 1);
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);
  return cache;
}
