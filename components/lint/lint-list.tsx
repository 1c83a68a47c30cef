"use client";

import { memo } from "react";
import type { LintIssue } from "@/lib/lint/lint-issue";
import type { Locale, Messages } from "../i18n/messages";

/** The lint issues of one prompt under its editor, each with a button applying its fix (undoable). */
export const LintList = memo(function LintList({ label, issues, onFix, locale, t }: {
  label: string; issues: LintIssue[]; onFix: (issue: LintIssue) => void; locale: Locale; t: Messages;
}) {
  if (issues.length === 0) return null;
  return (
    <section aria-label={`${label} · ${t.lintTitle}`} className="border-t border-stone-100 px-3 py-2 dark:border-stone-800">
      <h3 className="text-[11px] font-semibold text-stone-500">{t.lintTitle} · {issues.length}</h3>
      <ul className="mt-1 flex flex-col gap-1">
        {issues.map((issue) => {
          const message = locale === "zh" ? issue.messageZh : issue.message;
          return (
            <li key={`${issue.code}:${issue.from}:${issue.to}`} data-testid="lint-issue" data-code={issue.code} className="flex items-start gap-2 text-xs">
              <span aria-hidden className="mt-1 size-2 shrink-0 rounded-full bg-amber-500" />
              <span className="min-w-0 flex-1 text-stone-700 dark:text-stone-300">{message}</span>
              {issue.fix ? (
                <button type="button" onClick={() => onFix(issue)} aria-label={`${t.lintFix}: ${message}`}
                  className="shrink-0 rounded border border-amber-400 px-1.5 py-0.5 text-[11px] text-amber-800 hover:bg-amber-100 dark:text-amber-300 dark:hover:bg-amber-900/50">
                  {t.lintFix}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
