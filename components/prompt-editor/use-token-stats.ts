"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { readPrompt, type PromptReading } from "@/lib/prompt/read-prompt";
import type { ComputeTokenStats, TokenStats } from "./token-stats";
import { sameNumbers } from "@/lib/same-numbers";

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

/**
 * The analysis of one prompt version as the editor, its chips and its counter read it: `reading` (tree, highlight,
 * diagnostics, tags: the grammar, always there) and, once the tokenizer has loaded, the token stats.
 */
export type TokenStatsState = ({ status: "loading" } | { status: "error" } | { status: "ready"; stats: TokenStats }) & { reading: PromptReading };

/**
 * The one analysis of `prompt` per version, computed in the keystroke's own render: the grammar is read once and the
 * count comes from the same reading (a 400-token prompt takes well under a millisecond), so text, highlight, chips
 * and count change together. Chunk starts and sizes that did not change stay the same arrays, so what draws them is
 * not redrawn.
 */
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
  const reading = useMemo(() => readPrompt(prompt), [prompt]);
  const last = useRef<TokenStats | null>(null);
  const stats = useMemo(() => {
    if (!compute) return null;
    const next = compute(reading, isNegative, effective);
    const before = last.current;
    if (before && sameNumbers(before.chunkStarts, next.chunkStarts)) next.chunkStarts = before.chunkStarts;
    if (before && sameNumbers(before.chunkSizes, next.chunkSizes)) next.chunkSizes = before.chunkSizes;
    return (last.current = next);
  }, [compute, reading, effective, isNegative]);
  return useMemo((): TokenStatsState => {
    if (failed) return { status: "error", reading };
    if (!stats) return { status: "loading", reading };
    return { status: "ready", reading, stats };
  }, [failed, reading, stats]);
}

/** The reading of `text`: the analysis's when it is of this very text (it always is, but for a render in between). */
export const readingOf = (state: TokenStatsState, text: string): PromptReading => (state.reading.text === text ? state.reading : readPrompt(text));
