"use client";

import dynamic from "next/dynamic";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { formatPrompt } from "@/lib/prompt/format";
import { errorText } from "../api-client";
import { DictionaryPanel, type SearchRequest } from "../dictionary-panel/dictionary-panel";
import { ExpandPanel } from "../expand-panel/expand-panel";
import { SaveHistoryButton } from "../history/save-history-button";
import { useVersions } from "../history/use-versions";
import { useLocale } from "../i18n/use-locale";
import { LintList } from "../lint/lint-list";
import { usePromptLint } from "../lint/use-prompt-lint";
import { PresetBar } from "../negative-presets/preset-bar";
import { PreviewPanel } from "../preview-panel/preview-panel";
import { CopyMenu } from "../output/copy-menu";
import { PromptEditor, type ChangeKind, type PromptEditorHandle } from "../prompt-editor/prompt-editor";
import { useTokenStats } from "../prompt-editor/use-token-stats";
import { TagView } from "../tag-view/tag-view";
import { gridMessages } from "../grid/grid-messages";
import type { GridTarget } from "@/lib/grid/grid-spec";
import { ThemeToggle } from "./theme-toggle";
import { useComposerState } from "./use-composer-state";
import { useEffectivePrompt } from "./use-disabled-ranges";
import { usePersistentJson } from "./use-persistent-state";
import { useTranslation } from "./use-translation";
import { usePasteOffer } from "./paste-offer";

// Panels opened on demand load when first opened, keeping the composer's first load small.
const HistoryPanel = dynamic(() => import("../history/history-panel").then((m) => m.HistoryPanel));
const StylesMenu = dynamic(() => import("../styles/styles-menu").then((m) => m.StylesMenu));
const GridPanel = dynamic(() => import("../grid/grid-panel").then((m) => m.GridPanel));
const HelpDialog = dynamic(() => import("./help-dialog").then((m) => m.HelpDialog));
const SaveCardForm = dynamic(() => import("../cards/save-card-form").then((m) => m.SaveCardForm));

// Panels beside the editors re-render only when their own inputs change, not on every keystroke in a prompt.
const SideDictionary = memo(DictionaryPanel);
const SideExpand = memo(ExpandPanel);
const SidePresets = memo(PresetBar);
const SidePreview = memo(PreviewPanel);

// Where the fragments translation could not read still stand in the text (they disappear as the user fixes them).
function fragmentRanges(text: string, fragments: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const fragment of fragments) {
    if (fragment.length < 2) continue;
    for (let at = text.indexOf(fragment); at !== -1; at = text.indexOf(fragment, at + fragment.length)) ranges.push([at, at + fragment.length]);
  }
  return ranges;
}

const buttonClass = "rounded-md border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800";
type Panel = "none" | "history" | "card" | "styles";

/** The main screen: both prompts in text and tag views, presets, dictionary, formats, history, cards and styles. */
export function Composer() {
  const { locale, t, toggleLocale } = useLocale();
  const { state, update, undo, redo, load } = useComposerState();
  const [showTags, setShowTags] = usePersistentJson("ps.showTags", true);
  const [panel, setPanel] = useState<Panel>("none");
  const [help, setHelp] = useState(false);
  const [gridTarget, setGridTarget] = useState<GridTarget | null>(null);
  const comparePrompt = useCallback((tag: number) => setGridTarget({ field: "prompt", tag }), []);
  const compareNegative = useCallback((tag: number) => setGridTarget({ field: "negative", tag }), []);
  const [dictionarySearch, setDictionarySearch] = useState<SearchRequest | null>(null);
  const promptEditor = useRef<PromptEditorHandle>(null);
  const negativeEditor = useRef<PromptEditorHandle>(null);
  const active = useRef<"prompt" | "negative">("prompt");
  const insertIntoActive = useCallback((tag: string) => (active.current === "prompt" ? promptEditor : negativeEditor).current?.insert(tag), []);
  const insertIntoPrompt = useCallback((text: string) => promptEditor.current?.insert(text), []);
  const promptTranslation = useTranslation();
  const negativeTranslation = useTranslation();

  const positive = useEffectivePrompt(state.prompt, state.disabled);
  const negative = useEffectivePrompt(state.negative, state.disabled);
  // The preview panel reads the prompts only when it renders, so typing does not re-render it.
  const effective = useRef({ prompt: positive.effective, negative: negative.effective });
  effective.current = { prompt: positive.effective, negative: negative.effective };
  const getPrompts = useCallback(() => effective.current, []);
  const promptStats = useTokenStats(state.prompt, false, positive.effective);
  const negativeStats = useTokenStats(state.negative, true, negative.effective);

  const setPrompt = useCallback((prompt: string, kind: ChangeKind = "edit") => update({ prompt }, { coalesce: kind === "typing" }), [update]);
  const setNegative = useCallback((text: string, kind: ChangeKind = "edit") => update({ negative: text }, { coalesce: kind === "typing" }), [update]);
  const toggleTag = useCallback((body: string) => {
    const disabled = state.disabled.includes(body) ? state.disabled.filter((d) => d !== body) : [...state.disabled, body];
    update({ disabled });
  }, [state.disabled, update]);

  const versions = useVersions({ prompt: positive.effective, negative: negative.effective });
  const { save: saveVersion } = versions;
  const saveHistory = useCallback(() => saveVersion("save"), [saveVersion]);
  const saveOnCopy = useCallback(() => void saveVersion("copy"), [saveVersion]);
  const saveOnRender = useCallback(() => saveVersion("render"), [saveVersion]);
  const setText = useCallback((field: "prompt" | "negative", text: string) => update({ [field]: text }), [update]);
  const paste = usePasteOffer(update, locale);
  const lint = usePromptLint(state.prompt, state.negative, { prompt: promptStats, negative: negativeStats }, setText);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && (e.target.matches("input, textarea, select") || e.target.isContentEditable);
      if (e.key === "?" && !typing) setHelp(true);
      else if ((e.ctrlKey || e.metaKey) && !typing && e.key.toLowerCase() === "z") {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);

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
    : translation.unknown.length ? (
      <p className="flex flex-wrap items-center gap-1 px-3 pb-2 text-xs text-amber-700 dark:text-amber-400">
        {t.unknownFragments}
        {translation.unknown.map((fragment) => (
          <button key={fragment} type="button" title={t.searchFragment} aria-label={`${t.searchFragment}: ${fragment}`}
            onClick={() => setDictionarySearch({ query: fragment, at: Date.now() })}
            className="rounded bg-amber-100 px-1.5 py-0.5 hover:bg-amber-200 dark:bg-amber-900/50 dark:hover:bg-amber-800">🔍 {fragment}</button>
        ))}
        {translation.llmNote ? <span className="text-stone-500">{locale === "zh" ? translation.llmNote.messageZh : translation.llmNote.message}</span> : null}
      </p>
    ) : null;
  const togglePanel = (p: Panel) => setPanel((current) => (current === p ? "none" : p));

  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-4 px-3 py-4 sm:px-6">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-lg font-bold tracking-tight">{t.appName}</h1>
          <p className="text-xs text-stone-500">{t.tagline}</p>
        </div>
        <nav className="flex flex-wrap items-center gap-1.5">
          <button type="button" className={buttonClass} onClick={undo}>{t.undo}</button>
          <button type="button" className={buttonClass} onClick={redo}>{t.redo}</button>
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" checked={showTags} onChange={(e) => setShowTags(e.target.checked)} />
            {t.tagView}
          </label>
          <button type="button" className={buttonClass} onClick={() => update({ prompt: formatPrompt(state.prompt), negative: formatPrompt(state.negative) })}>{t.format}</button>
          <button type="button" className={buttonClass} aria-expanded={panel === "history"} onClick={() => togglePanel("history")}>{t.history}</button>
          <button type="button" className={buttonClass} aria-expanded={panel === "styles"} onClick={() => togglePanel("styles")}>{t.styles}</button>
          <button type="button" className={buttonClass} aria-expanded={panel === "card"} onClick={() => togglePanel("card")}>{t.saveCard}</button>
          <a className={buttonClass} href="/cards">{t.cards}</a>
          <a className={buttonClass} href="/pnginfo">{t.pngInfo}</a>
          <button type="button" className={buttonClass} title={gridMessages[locale].openGridHint} onClick={async () => {
            const field = active.current;
            const [start, end] = (field === "prompt" ? promptEditor : negativeEditor).current?.selection() ?? [0, 0];
            const { targetFromSelection } = await import("@/lib/grid/prompt-variant");
            setGridTarget(targetFromSelection(state[field], field, start, end) ?? { field, tag: 0 });
          }}>{gridMessages[locale].openGrid}</button>
          <ThemeToggle t={t} />
          <button type="button" onClick={toggleLocale} className={buttonClass}>{t.language}</button>
          <button type="button" onClick={() => setHelp(true)} className={buttonClass} aria-label={t.help}>?</button>
        </nav>
      </header>
      {help ? <HelpDialog open onClose={() => setHelp(false)} t={t} /> : null}
      {panel === "history" ? <HistoryPanel revision={versions.revision} head={versions.head} onClose={() => setPanel("none")} locale={locale} t={t}
        onRestore={(item) => { load({ prompt: item.prompt, negative: item.negative }); versions.restored(item); }}
        onCherryPick={async (change) => {
          const { applyTagChange } = await import("@/lib/history/apply-change");
          setText(change.field, applyTagChange(state[change.field], change));
        }} /> : null}
      {panel === "styles" ? <StylesMenu prompt={state.prompt} negative={state.negative} onApply={(next) => update(next)} onClose={() => setPanel("none")} locale={locale} t={t} /> : null}
      {gridTarget ? <GridPanel target={gridTarget} prompt={state.prompt} negative={state.negative} disabled={state.disabled} onClose={() => setGridTarget(null)} locale={locale} /> : null}
      {panel === "card" ? <SaveCardForm prompt={positive.effective} negative={negative.effective} onClose={() => setPanel("none")} onSaved={() => void saveVersion("card")} locale={locale} t={t} /> : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <main className="flex min-w-0 flex-col gap-4" onPaste={paste.onPaste}>
          {paste.offer}
          <PromptEditor ref={promptEditor} label={t.prompt} value={state.prompt} onChange={setPrompt} onFocus={() => (active.current = "prompt")}
            stats={promptStats} dimmed={positive.ranges} flagged={[...fragmentRanges(state.prompt, promptTranslation.unknown), ...lint.promptRanges]} onUndo={undo} onRedo={redo} placeholder={t.promptPlaceholder} locale={locale} t={t}
            actions={translateButton(promptEditor, state.prompt, promptTranslation)}
            footer={<>{translationNote(promptTranslation)}<LintList label={t.prompt} issues={lint.prompt} onFix={lint.fix} locale={locale} t={t} />
              {showTags && <TagView label={t.prompt} text={state.prompt} disabled={state.disabled} stats={promptStats} marks={lint.promptRanges}
              onChange={setPrompt} onToggle={toggleTag} onCompare={comparePrompt} t={t} locale={locale} />}</>} />
          <SidePresets negative={state.negative} onChange={setNegative} locale={locale} t={t} />
          <PromptEditor ref={negativeEditor} label={t.negativePrompt} value={state.negative} onChange={setNegative} onFocus={() => (active.current = "negative")}
            stats={negativeStats} dimmed={negative.ranges} flagged={[...fragmentRanges(state.negative, negativeTranslation.unknown), ...lint.negativeRanges]} onUndo={undo} onRedo={redo} placeholder={t.negativePlaceholder} isNegative locale={locale} t={t}
            actions={translateButton(negativeEditor, state.negative, negativeTranslation)}
            footer={<>{translationNote(negativeTranslation)}<LintList label={t.negativePrompt} issues={lint.negative} onFix={lint.fix} locale={locale} t={t} />
              {showTags && <TagView label={t.negativePrompt} text={state.negative} disabled={state.disabled} stats={negativeStats} marks={lint.negativeRanges}
              onChange={setNegative} onToggle={toggleTag} onCompare={compareNegative} t={t} locale={locale} />}</>} />
          <SideExpand negative={state.negative} onInsert={insertIntoPrompt} onNegativeChange={setNegative} locale={locale} t={t} />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <CopyMenu prompt={positive.effective} negative={negative.effective} onCopied={saveOnCopy} t={t} />
            <SaveHistoryButton onSave={saveHistory} current={`${positive.effective}\u0000${negative.effective}`} className={buttonClass} t={t} />
          </div>
          {versions.error ? <p role="alert" className="text-xs text-red-600">{errorText(versions.error, locale)}</p> : null}
          <p className="text-xs text-stone-400">{t.weightLegend}</p>
        </main>
        <div className="flex min-w-0 flex-col gap-4">
          <SidePreview getPrompts={getPrompts} onGenerate={saveOnRender} onRendered={versions.linkRenders} locale={locale} t={t} />
          <SideDictionary onInsert={insertIntoActive} searchRequest={dictionarySearch} locale={locale} t={t} />
        </div>
      </div>
    </div>
  );
}
