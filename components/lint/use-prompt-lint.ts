"use client";

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { applyFix, type LintField, type LintIssue } from "@/lib/lint/lint-issue";
import type { lintPrompt } from "@/lib/lint/lint-prompt";
import type { LintData, LintRules } from "@/lib/lint/lint-rules";
import { callApi } from "../api-client";
import type { TokenStatsState } from "../prompt-editor/use-token-stats";

interface Linter {
  lint: typeof lintPrompt;
  rules: LintRules;
}

let loading: Promise<Linter> | null = null;

/** Loads the lint code and its data (conflict groups, important tags) once per page, after the first paint. */
function loadLinter(): Promise<Linter> {
  loading ??= Promise.all([import("@/lib/lint/lint-prompt"), import("@/lib/lint/lint-rules"), callApi<LintData>("/api/lint/rules")])
    .then(([code, rules, data]) => ({ lint: code.lintPrompt, rules: rules.createLintRules(data) }));
  loading.catch(() => (loading = null));
  return loading;
}

const startsOf = (stats: TokenStatsState) => (stats.status === "ready" ? stats.stats.chunkStarts : undefined);

/**
 * The lint issues of both prompts, recomputed off the keystroke's critical path, and `fix`, which applies an
 * issue's fix through `onApply` (one undo step) as long as the text is still the one the issue was found in.
 */
export function usePromptLint(prompt: string, negative: string, stats: Record<LintField, TokenStatsState>, onApply: (field: LintField, text: string) => void) {
  const [linter, setLinter] = useState<Linter | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadLinter().then((l) => live && setLinter(l), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  const deferredPrompt = useDeferredValue(prompt);
  const deferredNegative = useDeferredValue(negative);
  const texts = { prompt: deferredPrompt, negative: deferredNegative };
  const promptStarts = startsOf(stats.prompt);
  const negativeStarts = startsOf(stats.negative);
  const issues = useMemo(() => (linter ? linter.lint({ prompt: deferredPrompt, negative: deferredNegative }, { rules: linter.rules, chunkStarts: { prompt: promptStarts, negative: negativeStarts } }) : []),
    [deferredPrompt, deferredNegative, linter, promptStarts, negativeStarts]);
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
