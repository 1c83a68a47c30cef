"use client";

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import type { ComputeTokenStats, TokenStats } from "./token-stats";

let loading: Promise<ComputeTokenStats> | null = null;

/** Loads the tokenizer code and the CLIP vocabulary once per page, on first use. */
function loadTokenStats(): Promise<ComputeTokenStats> {
  loading ??= (async () => {
    const [{ createTokenStats }, response] = await Promise.all([import("./token-stats"), fetch("/clip-bpe.txt")]);
    if (!response.ok) throw new Error(`vocabulary: HTTP ${response.status}`);
    return createTokenStats(await response.text());
  })();
  loading.catch(() => (loading = null));
  return loading;
}

export type TokenStatsState = { status: "loading" } | { status: "error" } | { status: "ready"; stats: TokenStats };

/** Token count and chunks of `prompt`, recomputed off the keystroke's critical path. */
export function useTokenStats(prompt: string, isNegative: boolean, effective: string = prompt): TokenStatsState {
  const [compute, setCompute] = useState<ComputeTokenStats | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadTokenStats().then(
      (fn) => live && setCompute(() => fn),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const deferred = useDeferredValue(prompt);
  const deferredEffective = useDeferredValue(effective);
  return useMemo((): TokenStatsState => {
    if (failed) return { status: "error" };
    if (!compute) return { status: "loading" };
    return { status: "ready", stats: compute(deferred, isNegative, deferredEffective) };
  }, [compute, failed, deferred, deferredEffective, isNegative]);
}
