"use client";

import { useEffect, useState } from "react";
import type { SearchResult } from "@/lib/dictionary/search";
import { callApi } from "../api-client";

export interface SearchState {
  results: SearchResult[];
  categories: Record<string, number>;
  loading: boolean;
  error: unknown;
}

/** Results for a query and category from /api/dictionary, debounced and with stale answers dropped. */
export function useDictionarySearch(query: string, category: string, revision: number): SearchState {
  const [state, setState] = useState<SearchState>({ results: [], categories: {}, loading: true, error: null });
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q: query, limit: "60", ...(category ? { category } : {}) });
      setState((s) => ({ ...s, loading: true }));
      callApi<{ results: SearchResult[]; categories: Record<string, number> }>(`/api/dictionary?${params}`, { signal: controller.signal })
        .then(({ results, categories }) => setState({ results, categories, loading: false, error: null }))
        .catch((error) => !controller.signal.aborted && setState((s) => ({ ...s, loading: false, error })));
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, category, revision]);
  return state;
}
