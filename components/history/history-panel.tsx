"use client";

import { useEffect, useState } from "react";
import type { HistoryItem } from "@/lib/history/history.server";
import { callApi, errorText } from "../api-client";
import type { Locale, Messages } from "../i18n/messages";

/** Saved prompt history with search; restoring puts both prompts back into the editors (undoable). */
export function HistoryPanel({ onRestore, onClose, revision, locale, t }: {
  onRestore: (item: HistoryItem) => void; onClose: () => void; revision: number; locale: Locale; t: Messages;
}) {
  const [q, setQ] = useState("");
  const [items, setItems] = useState<HistoryItem[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      callApi<{ items: HistoryItem[] }>(`/api/history?${new URLSearchParams(q ? { q } : {})}`).then((r) => setItems(r.items), setError);
    }, 150);
    return () => clearTimeout(timer);
  }, [q, revision]);
  return (
    <section aria-label={t.history} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <div className="flex items-center gap-2">
        <input type="search" aria-label={t.searchHistory} placeholder={t.searchHistory} value={q} onChange={(e) => setQ(e.target.value)}
          className="flex-1 rounded-md border border-stone-300 bg-transparent px-2 py-1 text-sm dark:border-stone-700" />
        <button type="button" onClick={onClose} className="text-xs text-stone-500">{t.close}</button>
      </div>
      {error ? <p role="alert" className="text-xs text-red-600">{errorText(error, locale)}</p> : null}
      {items.length === 0 ? <p className="text-xs text-stone-400">{t.noHistory}</p> : null}
      <ul className="flex max-h-80 flex-col gap-1 overflow-y-auto">
        {items.map((item) => (
          <li key={item.id} className="flex items-start gap-2 rounded-md border border-stone-100 p-2 dark:border-stone-800">
            <div className="min-w-0 flex-1">
              <p className="truncate font-mono text-xs">{item.prompt || "—"}</p>
              {item.negative ? <p className="truncate font-mono text-[11px] text-stone-500">{item.negative}</p> : null}
              <p className="text-[10px] text-stone-400">{new Date(item.createdAt).toLocaleString(locale === "zh" ? "zh-CN" : "en")}</p>
            </div>
            <button type="button" aria-label={`${t.restore}: ${item.prompt.slice(0, 40)}`} onClick={() => onRestore(item)} className="text-xs text-indigo-600">{t.restore}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
