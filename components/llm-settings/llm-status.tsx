"use client";

import type { LlmSettingsView } from "@/lib/expander/llm-config";
import { DEFAULT_BASE_URL } from "@/lib/expander/presets";
import { errorText } from "../api-client";
import type { Locale, Messages } from "../i18n/messages";

/** Where the connection test stands: nothing is claimed about the saved settings until a real call was made. */
export type LlmCheckState =
  | { state: "untested" }
  | { state: "testing" }
  | { state: "ok"; model: string; baseUrl: string; ms: number }
  | { state: "failed"; error: unknown };

const TONES = {
  neutral: "bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-300",
  good: "bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  warn: "bg-amber-50 text-amber-800 dark:bg-amber-950 dark:text-amber-300",
  bad: "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-300",
};

/** The status line of the LLM settings: not configured (how to), configured but untested, testing, connected, or why not. */
export function LlmStatus({ view, check, locale, t }: { view: LlmSettingsView | null; check: LlmCheckState; locale: Locale; t: Messages }) {
  const where = view ? `${view.model} · ${view.baseUrl || DEFAULT_BASE_URL}` : "";
  const [tone, text] = !view ? [TONES.neutral, "…"]
    : !view.configured ? [TONES.warn, (locale === "zh" ? view.notice?.messageZh : view.notice?.message) ?? ""]
    : check.state === "testing" ? [TONES.neutral, t.llmTesting]
    : check.state === "ok" ? [TONES.good, `${t.llmConnected}${check.model} · ${check.baseUrl}${t.llmTestOk(check.ms)}`]
    : check.state === "failed" ? [TONES.bad, `${t.llmTestFailed}${errorText(check.error, locale)}`]
    : [TONES.neutral, `${t.llmUntested}${where}`];
  return <p role="status" data-testid="llm-status" className={`rounded-md px-3 py-2 text-sm ${tone}`}>{text}</p>;
}
