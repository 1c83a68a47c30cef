"use client";

import type { HistoryItem } from "@/lib/history/version";
import type { Locale, Messages } from "../i18n/messages";

/** One version in the history list: its text, what saved it, the version it came from, its renders and its actions. */
export function VersionRow({ item, isHead, selected, canDiffParent, onSelect, onDiffParent, onRestore, locale, t }: {
  item: HistoryItem; isHead: boolean; selected: boolean; canDiffParent: boolean;
  onSelect: (on: boolean) => void; onDiffParent: () => void; onRestore: () => void; locale: Locale; t: Messages;
}) {
  return (
    <li data-testid="history-version" className={`flex items-start gap-2 rounded-md border p-2 ${isHead ? "border-indigo-300 dark:border-indigo-800" : "border-stone-100 dark:border-stone-800"}`}>
      <input type="checkbox" className="mt-1" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={t.compareVersion(item.id)} />
      <div className="min-w-0 flex-1">
        <p className="truncate font-mono text-xs">{item.prompt || "—"}</p>
        {item.negative ? <p className="truncate font-mono text-[11px] text-stone-500">{item.negative}</p> : null}
        <p className="flex flex-wrap items-center gap-1.5 text-[10px] text-stone-400">
          <span className="font-semibold text-stone-500">#{item.id}</span>
          <span className="rounded bg-stone-100 px-1 dark:bg-stone-800">{t.versionSource[item.source] ?? item.source}</span>
          {item.parentId !== null ? <span>{t.versionFrom(item.parentId)}</span> : null}
          <span>{new Date(item.createdAt).toLocaleString(locale === "zh" ? "zh-CN" : "en")}</span>
          {item.renders.length ? (
            <span title={item.renders.map((r) => r.seed).join(", ")}>
              🖼 {t.rendersOf(item.renders.length)}: {item.renders.slice(0, 4).map((r) => (
                r.url ? <a key={r.id} href={r.url} target="_blank" rel="noreferrer" className="ml-1 text-indigo-600 underline">{r.seed}</a> : <span key={r.id} className="ml-1">{r.seed}</span>
              ))}
            </span>
          ) : null}
        </p>
      </div>
      <div className="flex shrink-0 flex-col items-end gap-1">
        <button type="button" aria-label={`${t.restore}: ${item.prompt.slice(0, 40)}`} onClick={onRestore} className="text-xs text-indigo-600">{t.restore}</button>
        {canDiffParent ? <button type="button" onClick={onDiffParent} className="text-[11px] text-stone-500 hover:text-indigo-600">{t.diffWithParent}</button> : null}
      </div>
    </li>
  );
}
