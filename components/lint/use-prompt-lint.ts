"use client";

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { applyFix, type LintField, type LintIssue } from "@/lib/lint/lint-issue";
import { lintPrompt } from "@/lib/lint/lint-prompt";
import { createLintRules, type LintData, type LintRules } from "@/lib/lint/lint-rules";
import { callApi } from "../api-client";
import type { TokenStatsState } from "../prompt-editor/use-token-stats";

let loading: Promise<LintRules> | null = null;

/** Loads the conflict groups and important tags once per page; until then the rules that need no data run. */
function loadLintRules(): Promise<LintRules> {
  loading ??= callApi<LintData>("/api/lint/rules").then(createLintRules);
  loading.catch(() => (loading = null));
  return loading;
}

const startsOf = (stats: TokenStatsState) => (stats.status === "ready" ? stats.stats.chunkStarts : undefined);

/**
 * The lint issues of both prompts, recomputed off the keystroke's critical path, and `fix`, which applies an
 * issue's fix through `onApply` (one undo step) as long as the text is still the one the issue was found in.
 */
export function usePromptLint(prompt: string, negative: string, stats: Record<LintField, TokenStatsState>, onApply: (field: LintField, text: string) => void) {
  const [rules, setRules] = useState<LintRules | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadLintRules().then((r) => live && setRules(r), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  const deferredPrompt = useDeferredValue(prompt);
  const deferredNegative = useDeferredValue(negative);
  const texts = { prompt: deferredPrompt, negative: deferredNegative };
  const promptStarts = startsOf(stats.prompt);
  const negativeStarts = startsOf(stats.negative);
  const issues = useMemo(() => lintPrompt({ prompt: deferredPrompt, negative: deferredNegative }, { rules, chunkStarts: { prompt: promptStarts, negative: negativeStarts } }),
    [deferredPrompt, deferredNegative, rules, promptStarts, negativeStarts]);
  const current = useRef({ prompt, negative, linted: texts, onApply });
  current.current = { prompt, negative, linted: texts, onApply };
  const fix = useCallback((issue: LintIssue) => {
    const now = current.current;
    if (!issue.fix || now[issue.field] !== now.linted[issue.field]) return;
    now.onApply(issue.field, applyFix(now[issue.field], issue.fix));
  }, []);
  return useMemo(() => {
    const of = (field: LintField) => issues.filter((i) => i.field === field);
    const ranges = (list: LintIssue[]) => list.map((i): [number, number] => [i.from, i.to]);
    const [p, n] = [of("prompt"), of("negative")];
    return { prompt: p, negative: n, promptRanges: ranges(p), negativeRanges: ranges(n), fix };
  }, [issues, fix]);
}
