"use client";

import { useRef, useState } from "react";
import { formatPrompt } from "@/lib/prompt/format";
import { errorText } from "../api-client";
import { DictionaryPanel } from "../dictionary-panel/dictionary-panel";
import { useLocale } from "../i18n/use-locale";
import { PresetBar } from "../negative-presets/preset-bar";
import { PromptEditor, type PromptEditorHandle } from "../prompt-editor/prompt-editor";
import { GlossLine } from "./gloss-line";
import { ThemeToggle } from "./theme-toggle";
import { usePersistentJson, usePersistentState } from "./use-persistent-state";
import { useTranslation } from "./use-translation";

const buttonClass = "rounded-md border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800";

/** The main screen: Prompt and Negative prompt editors, negative presets and the tag dictionary. */
export function Composer() {
  const { locale, t, toggleLocale } = useLocale();
  const [prompt, setPrompt] = usePersistentState("ps.prompt", "");
  const [negative, setNegative] = usePersistentState("ps.negative", "");
  const [showGloss, setShowGloss] = usePersistentJson("ps.showGloss", true);
  const promptEditor = useRef<PromptEditorHandle>(null);
  const negativeEditor = useRef<PromptEditorHandle>(null);
  const [active, setActive] = useState<"prompt" | "negative">("prompt");
  const promptTranslation = useTranslation();
  const negativeTranslation = useTranslation();

  const translateButton = (editor: typeof promptEditor, text: string, translation: ReturnType<typeof useTranslation>) => (
    <button type="button" className={buttonClass} title={t.translateHint} disabled={translation.busy || !text.trim()}
      onClick={async () => {
        const result = await translation.translate(text);
        if (result !== null && result !== text) editor.current?.replace(result);
      }}>
      {t.translate}
    </button>
  );
  const translationNote = (translation: ReturnType<typeof useTranslation>) =>
    translation.error ? <p role="alert" className="px-3 pb-2 text-xs text-red-600">{errorText(translation.error, locale)}</p>
    : translation.unknown.length ? <p className="px-3 pb-2 text-xs text-amber-700 dark:text-amber-400">{t.unknownFragments}{translation.unknown.join("、")}</p>
    : null;

  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-4 px-3 py-4 sm:px-6">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-lg font-bold tracking-tight">{t.appName}</h1>
          <p className="text-xs text-stone-500">{t.tagline}</p>
        </div>
        <nav className="flex items-center gap-2">
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" checked={showGloss} onChange={(e) => setShowGloss(e.target.checked)} />
            {t.showGloss}
          </label>
          <button type="button" className={buttonClass} onClick={() => { setPrompt(formatPrompt(prompt)); setNegative(formatPrompt(negative)); }}>{t.format}</button>
          <ThemeToggle t={t} />
          <button type="button" onClick={toggleLocale} className={buttonClass}>{t.language}</button>
        </nav>
      </header>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <main className="flex min-w-0 flex-col gap-4">
          <PromptEditor ref={promptEditor} label={t.prompt} value={prompt} onChange={setPrompt} onFocus={() => setActive("prompt")}
            placeholder={t.promptPlaceholder} locale={locale} t={t}
            actions={translateButton(promptEditor, prompt, promptTranslation)}
            footer={<>{translationNote(promptTranslation)}{showGloss && <GlossLine prompt={prompt} label={t.showGloss} />}</>} />
          <PresetBar negative={negative} onChange={setNegative} locale={locale} t={t} />
          <PromptEditor ref={negativeEditor} label={t.negativePrompt} value={negative} onChange={setNegative} onFocus={() => setActive("negative")}
            placeholder={t.negativePlaceholder} isNegative locale={locale} t={t}
            actions={translateButton(negativeEditor, negative, negativeTranslation)}
            footer={translationNote(negativeTranslation)} />
          <p className="text-xs text-stone-400">{t.weightLegend}</p>
        </main>
        <DictionaryPanel onInsert={(tag) => (active === "prompt" ? promptEditor : negativeEditor).current?.insert(tag)} locale={locale} t={t} />
      </div>
    </div>
  );
}
