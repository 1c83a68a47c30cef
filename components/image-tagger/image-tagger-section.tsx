"use client";

import { useState } from "react";
import { DEFAULT_TAG_THRESHOLDS } from "@/lib/tagger/select-tags";
import type { TagImageMode } from "@/lib/tagger/image-tags";
import { errorText } from "../api-client";
import type { Locale } from "../i18n/messages";
import { taggerMessages } from "./tagger-messages";
import { insertIntoComposer } from "./insert-into-composer";
import { useImageTags } from "./use-image-tags";

const button = "rounded-md border border-stone-300 px-2.5 py-1 text-xs hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800";
const input = "w-16 rounded border border-stone-300 bg-transparent px-1 text-xs dark:border-stone-700";
const percent = (score: number) => `${Math.round(score * 100)}%`;

/** Tags from the chosen image: a WD-style tagger (or CLIP for photos), shown as chips with scores and Chinese names. */
export function ImageTaggerSection({ file, locale = "en" }: { file: File; locale?: Locale }) {
  const m = taggerMessages(locale);
  const [mode, setMode] = useState<TagImageMode>("tagger");
  const [threshold, setThreshold] = useState(DEFAULT_TAG_THRESHOLDS.general);
  const [characterThreshold, setCharacterThreshold] = useState(DEFAULT_TAG_THRESHOLDS.character);
  const { result, selected, error, busy, readTags, toggle, selectAll } = useImageTags();
  const chosen = result?.tags.filter((t) => selected.has(t.tag)).map((t) => t.tag) ?? [];
  const insert = () => {
    insertIntoComposer(chosen);
    window.location.href = "/";
  };

  return (
    <section aria-label={m.section} className="flex flex-col gap-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
      <h2 className="text-sm font-semibold">{m.section}</h2>
      <div className="flex flex-wrap items-center gap-3 text-xs">
        <label className="flex items-center gap-1">{m.mode}
          <select aria-label={m.modeLabel} value={mode} onChange={(e) => setMode(e.target.value as TagImageMode)} className="rounded border border-stone-300 bg-transparent px-1 dark:border-stone-700">
            <option value="tagger">{m.tagger}</option>
            <option value="clip">{m.clip}</option>
          </select>
        </label>
        {mode === "tagger" ? (
          <>
            <label className="flex items-center gap-1">{m.threshold}
              <input aria-label={m.threshold} type="number" min={0} max={1} step={0.05} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} className={input} />
            </label>
            <label className="flex items-center gap-1">{m.characters}
              <input aria-label={m.characters} type="number" min={0} max={1} step={0.05} value={characterThreshold} onChange={(e) => setCharacterThreshold(Number(e.target.value))} className={input} />
            </label>
          </>
        ) : null}
        <button type="button" className={button} disabled={busy} onClick={() => readTags(file, { mode, threshold, characterThreshold })}>
          {busy ? m.reading : m.getTags}
        </button>
      </div>
      {error ? <p role="alert" className="text-sm text-red-600">{errorText(error, locale)}</p> : null}
      {result ? (
        <>
          {result.ratings.length ? (
            <p className="text-xs text-stone-500" data-testid="image-ratings">
              {m.rating}: {result.ratings.map((r) => `${r.zh} ${r.name} ${percent(r.score)}`).join(" · ")}
            </p>
          ) : null}
          <ul aria-label={m.tags} className="flex flex-wrap gap-1.5">
            {result.tags.map((t) => (
              <li key={t.tag}>
                <button type="button" aria-pressed={selected.has(t.tag)} onClick={() => toggle(t.tag)} title={t.name}
                  className="flex items-baseline gap-1 rounded-full border border-stone-300 px-2 py-0.5 text-xs aria-pressed:border-indigo-500 aria-pressed:bg-indigo-50 dark:border-stone-700 dark:aria-pressed:bg-indigo-950">
                  <span className="font-mono">{t.tag}</span>
                  {t.zh ? <span className="text-stone-500">{t.zh}</span> : null}
                  <span className="tabular-nums text-stone-400">{mode === "clip" ? t.score.toFixed(2) : percent(t.score)}</span>
                </button>
              </li>
            ))}
          </ul>
          {result.tags.length === 0 ? <p className="text-xs text-stone-500">{m.noneAbove}</p> : null}
          {result.hiddenExplicit > 0 ? <p className="text-xs text-stone-500">{m.hidden(result.hiddenExplicit)}</p> : null}
          <div className="flex flex-wrap gap-2">
            <button type="button" className={button} onClick={() => selectAll(chosen.length < result.tags.length)}>
              {chosen.length < result.tags.length ? m.selectAll : m.selectNone}
            </button>
            <button type="button" className={button} disabled={chosen.length === 0} onClick={insert}>
              {m.insert(chosen.length)}
            </button>
          </div>
          <p className="text-xs text-stone-400">{m.model}: {result.model}</p>
        </>
      ) : null}
    </section>
  );
}
