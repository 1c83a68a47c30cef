"use client";

import { useState } from "react";
import { DEFAULT_TAG_THRESHOLDS } from "@/lib/tagger/select-tags";
import type { TagImageMode } from "@/lib/tagger/image-tags";
import { errorText } from "../api-client";
import { insertIntoComposer } from "./insert-into-composer";
import { useImageTags } from "./use-image-tags";

const button = "rounded-md border border-stone-300 px-2.5 py-1 text-xs hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800";
const input = "w-16 rounded border border-stone-300 bg-transparent px-1 text-xs dark:border-stone-700";
const percent = (score: number) => `${Math.round(score * 100)}%`;

/** Tags from the chosen image: a WD-style tagger (or CLIP for photos), shown as chips with scores and Chinese names. */
export function ImageTaggerSection({ file }: { file: File }) {
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
    <section aria-label="Tags from the image" className="flex flex-col gap-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
      <h2 className="text-sm font-semibold">Tags from the image · 从图片识别标签</h2>
      <div className="flex flex-wrap items-center gap-3 text-xs">
        <label className="flex items-center gap-1">Mode · 模式
          <select aria-label="Tagging mode" value={mode} onChange={(e) => setMode(e.target.value as TagImageMode)} className="rounded border border-stone-300 bg-transparent px-1 dark:border-stone-700">
            <option value="tagger">Anime art (WD tagger) · 动漫图</option>
            <option value="clip">Photo (CLIP) · 照片</option>
          </select>
        </label>
        {mode === "tagger" ? (
          <>
            <label className="flex items-center gap-1">Threshold · 阈值
              <input aria-label="Threshold" type="number" min={0} max={1} step={0.05} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} className={input} />
            </label>
            <label className="flex items-center gap-1">Characters · 角色
              <input aria-label="Character threshold" type="number" min={0} max={1} step={0.05} value={characterThreshold} onChange={(e) => setCharacterThreshold(Number(e.target.value))} className={input} />
            </label>
          </>
        ) : null}
        <button type="button" className={button} disabled={busy} onClick={() => readTags(file, { mode, threshold, characterThreshold })}>
          {busy ? "Reading… · 识别中…" : "Get tags · 识别标签"}
        </button>
      </div>
      {error ? <p role="alert" className="text-sm text-red-600">{errorText(error, "en")} {errorText(error, "zh")}</p> : null}
      {result ? (
        <>
          {result.ratings.length ? (
            <p className="text-xs text-stone-500" data-testid="image-ratings">
              Rating · 分级: {result.ratings.map((r) => `${r.zh} ${r.name} ${percent(r.score)}`).join(" · ")}
            </p>
          ) : null}
          <ul aria-label="Image tags" className="flex flex-wrap gap-1.5">
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
          {result.tags.length === 0 ? <p className="text-xs text-stone-500">No tag passed the threshold. · 没有标签超过阈值。</p> : null}
          {result.hiddenExplicit > 0 ? <p className="text-xs text-stone-500">{result.hiddenExplicit} explicit tag(s) hidden (see Settings). · 已隐藏 {result.hiddenExplicit} 个露骨标签（见设置）。</p> : null}
          <div className="flex flex-wrap gap-2">
            <button type="button" className={button} onClick={() => selectAll(chosen.length < result.tags.length)}>
              {chosen.length < result.tags.length ? "Select all · 全选" : "Select none · 全不选"}
            </button>
            <button type="button" className={button} disabled={chosen.length === 0} onClick={insert}>
              Insert {chosen.length} into composer · 插入到编辑器
            </button>
          </div>
          <p className="text-xs text-stone-400">Model · 模型: {result.model}</p>
        </>
      ) : null}
    </section>
  );
}
