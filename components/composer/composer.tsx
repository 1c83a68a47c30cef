"use client";

import { formatPrompt } from "@/lib/prompt/format";
import { useLocale } from "../i18n/use-locale";
import { PromptEditor } from "../prompt-editor/prompt-editor";
import { ThemeToggle } from "./theme-toggle";
import { usePersistentState } from "./use-persistent-state";

/** The main screen: Prompt and Negative prompt editors with live counts. */
export function Composer() {
  const { locale, t, toggleLocale } = useLocale();
  const [prompt, setPrompt] = usePersistentState("ps.prompt", "");
  const [negative, setNegative] = usePersistentState("ps.negative", "");

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-4 px-3 py-4 sm:px-6">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-lg font-bold tracking-tight">{t.appName}</h1>
          <p className="text-xs text-stone-500">{t.tagline}</p>
        </div>
        <nav className="flex items-center gap-2">
          <button type="button" onClick={() => { setPrompt(formatPrompt(prompt)); setNegative(formatPrompt(negative)); }}
            className="rounded-md border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
            {t.format}
          </button>
          <ThemeToggle t={t} />
          <button type="button" onClick={toggleLocale} className="rounded-md border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
            {t.language}
          </button>
        </nav>
      </header>
      <PromptEditor label={t.prompt} value={prompt} onChange={setPrompt} placeholder={t.promptPlaceholder} locale={locale} t={t} />
      <PromptEditor label={t.negativePrompt} value={negative} onChange={setNegative} placeholder={t.negativePlaceholder} isNegative locale={locale} t={t} />
      <p className="text-xs text-stone-400">{t.weightLegend}</p>
    </div>
  );
}
