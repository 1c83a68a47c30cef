"use client";

import { useState } from "react";
import { addPreset } from "@/lib/dictionary/merge-negative";
import { EXPAND_MODES, TAG_ORDER, type ExpandMode } from "@/lib/expander/types";
import { formatPrompt } from "@/lib/prompt/format";
import { readTags } from "@/lib/prompt/tag-list";
import { errorText } from "../api-client";
import { usePersistentJson, usePersistentState } from "../composer/use-persistent-state";
import type { Locale, Messages } from "../i18n/messages";
import { TagGroups } from "./tag-groups";
import { useExpand } from "./use-expand";

const buttonClass = "rounded-md border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800";
const primaryClass = "rounded-md border border-indigo-600 bg-indigo-600 px-3 py-1 text-xs text-white hover:bg-indigo-700 disabled:opacity-50";

export interface ExpandPanelProps {
  negative: string;
  /** Inserts the chosen tags into the Prompt (at its cursor). */
  onInsert: (text: string) => void;
  onNegativeChange: (text: string) => void;
  locale: Locale;
  t: Messages;
}

/** 扩写 / Expand: a short scene becomes tags (LLM or offline) arriving by category; the ticked ones go into the Prompt. */
export function ExpandPanel({ negative, onInsert, onNegativeChange, locale, t }: ExpandPanelProps) {
  const [text, setText] = usePersistentState("ps.expandText", "");
  const [mode, setMode] = usePersistentJson<ExpandMode>("ps.expandMode", "expand");
  const [offlineOnly, setOfflineOnly] = usePersistentJson("ps.expandOffline", false);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const expansion = useExpand();
  const running = expansion.status === "running";
  const say = (notice: { message: string; messageZh: string }) => (locale === "zh" ? notice.messageZh : notice.message);

  const run = (offline = offlineOnly) => {
    if (!text.trim()) return;
    setUnticked(new Set());
    void expansion.start({ text, mode: EXPAND_MODES.includes(mode) ? mode : "expand", offline });
  };
  const toggle = (tag: string) => setUnticked((prev) => {
    const next = new Set(prev);
    if (!next.delete(tag)) next.add(tag);
    return next;
  });
  const chosen = TAG_ORDER.flatMap((c) => expansion.tags.filter((tag) => tag.category === c)).filter((tag) => !unticked.has(tag.tag));
  const suggestedNegative = expansion.result?.negative ?? "";

  return (
    <section aria-label={t.expandTitle} className="rounded-xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <header className="flex items-center justify-between gap-3 border-b border-stone-100 px-3 py-2 dark:border-stone-800">
        <h2 className="text-sm font-semibold">{t.expandTitle}</h2>
        <a href="/settings" className="text-xs text-indigo-600 hover:underline">{t.llmSettingsTitle}</a>
      </header>
      <form className="flex flex-col gap-2 p-3" onSubmit={(e) => { e.preventDefault(); run(); }}>
        <textarea aria-label={t.expandInput} value={text} onChange={(e) => setText(e.target.value)} placeholder={t.expandPlaceholder} rows={2} maxLength={4000}
          onKeyDown={(e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } }}
          className="w-full resize-y rounded-md border border-stone-300 bg-transparent px-2 py-1.5 text-sm outline-none focus:ring-2 focus:ring-indigo-500/50 dark:border-stone-700" />
        <div className="flex flex-wrap items-center gap-2">
          <select aria-label={t.expandMode} value={mode} onChange={(e) => setMode(e.target.value as ExpandMode)} className="rounded-md border border-stone-300 bg-transparent px-1 py-1 text-xs dark:border-stone-700">
            {EXPAND_MODES.map((m) => <option key={m} value={m}>{t.expandModes[m]}</option>)}
          </select>
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" checked={offlineOnly} onChange={(e) => setOfflineOnly(e.target.checked)} />
            {t.expandOfflineOnly}
          </label>
          {running
            ? <button type="button" className={buttonClass} onClick={expansion.stop}>{t.expandStop}</button>
            : <button type="submit" className={primaryClass} disabled={!text.trim()}>{t.expandRun}</button>}
          <span aria-live="polite" className="text-xs text-stone-500">
            {running ? t.expandBusy : expansion.status === "stopped" ? t.expandStopped : expansion.status === "done" && expansion.source === "llm" && expansion.model ? t.expandFromLlm(expansion.model) : ""}
          </span>
        </div>
      </form>
      <div className="flex flex-col gap-2 px-3 pb-3">
        {expansion.notice ? <p role="note" className="rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-800 dark:bg-amber-950 dark:text-amber-300">
          {say(expansion.notice)} {expansion.source === "offline" ? <a href="/settings" className="underline">{t.llmSettingsTitle}</a> : null}
        </p> : null}
        {expansion.error ? <div role="alert" className="flex flex-wrap items-center gap-2 text-xs text-red-600">
          <span>{errorText(expansion.error, locale)}</span>
          {expansion.source !== "offline" ? <button type="button" className={buttonClass} onClick={() => run(true)}>{t.expandOfflineRetry}</button> : null}
        </div> : null}
        {expansion.result?.unknown?.length ? <p className="text-xs text-amber-700 dark:text-amber-400">{t.unknownFragments}{expansion.result.unknown.join("、")}</p> : null}
        <TagGroups tags={expansion.tags} unticked={unticked} onToggle={toggle} locale={locale} t={t} />
        {expansion.tags.length ? <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass} disabled={chosen.length === 0} onClick={() => onInsert(formatPrompt(chosen.map((tag) => tag.tag).join(", ")))}>{t.expandInsert}</button>
          <button type="button" className={buttonClass} disabled={!suggestedNegative} title={suggestedNegative}
            onClick={() => onNegativeChange(addPreset(negative, readTags(suggestedNegative).map((p) => p.text)).text)}>{t.expandAddNegative}</button>
        </div> : null}
        {expansion.result?.variants?.length ? <ul aria-label={t.expandVariants} className="flex flex-col gap-1.5 text-xs">
          {expansion.result.variants.map((v) => (
            <li key={v.style} className="flex items-start justify-between gap-2 rounded-md border border-stone-200 p-2 dark:border-stone-700">
              <span><span className="font-semibold">{locale === "zh" ? v.zh : v.style}</span> · {v.prompt}</span>
              <button type="button" className={buttonClass} onClick={() => onInsert(v.prompt)}>{t.insert}</button>
            </li>
          ))}
        </ul> : null}
      </div>
    </section>
  );
}
