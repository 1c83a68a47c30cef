"use client";

import { useEffect, useState } from "react";
import type { TagChange } from "@/lib/history/tag-diff";
import type { HistoryItem } from "@/lib/history/version";
import { callApi, errorText } from "../api-client";
import type { Locale, Messages } from "../i18n/messages";
import { VersionDiff } from "./version-diff";
import { VersionRow } from "./version-row";

/**
 * The prompt's versions with search. Restoring puts both prompts back into the editors (undoable); ticking two
 * versions (or "diff with parent") shows their tag-level changes, each of which can be cherry-picked.
 */
export function HistoryPanel({ onRestore, onCherryPick, onClose, revision, head, locale, t }: {
  onRestore: (item: HistoryItem) => void; onCherryPick: (change: TagChange) => void; onClose: () => void;
  revision: number; head: number | null; locale: Locale; t: Messages;
}) {
  const [q, setQ] = useState("");
  const [items, setItems] = useState<HistoryItem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<number[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      callApi<{ items: HistoryItem[] }>(`/api/history?${new URLSearchParams(q ? { q } : {})}`).then((r) => setItems(r.items), setError);
    }, 150);
    return () => clearTimeout(timer);
  }, [q, revision]);
  const byId = new Map(items.map((i) => [i.id, i]));
  const select = (id: number, on: boolean) => setSelected((s) => (on ? [...s.filter((x) => x !== id), id].slice(-2) : s.filter((x) => x !== id)));
  const [older, newer] = selected.map((id) => byId.get(id)).filter((i): i is HistoryItem => !!i).sort((a, b) => a.id - b.id);
  return (
    <section aria-label={t.history} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <div className="flex items-center gap-2">
        <input type="search" aria-label={t.searchHistory} placeholder={t.searchHistory} value={q} onChange={(e) => setQ(e.target.value)}
          className="flex-1 rounded-md border border-stone-300 bg-transparent px-2 py-1 text-sm dark:border-stone-700" />
        <button type="button" onClick={onClose} className="text-xs text-stone-500">{t.close}</button>
      </div>
      {error ? <p role="alert" className="text-xs text-red-600">{errorText(error, locale)}</p> : null}
      {older && newer ? <VersionDiff older={older} newer={newer} onCherryPick={onCherryPick} t={t} /> : null}
      {items.length === 0 ? <p className="text-xs text-stone-400">{q.trim() ? t.noHistoryMatch : t.noHistory}</p> : null}
      <ul className="flex max-h-80 flex-col gap-1 overflow-y-auto">
        {items.map((item) => (
          <VersionRow key={item.id} item={item} isHead={item.id === head} selected={selected.includes(item.id)}
            canDiffParent={item.parentId !== null && byId.has(item.parentId)} onSelect={(on) => select(item.id, on)}
            onDiffParent={() => setSelected([item.parentId!, item.id])} onRestore={() => onRestore(item)} locale={locale} t={t} />
        ))}
      </ul>
    </section>
  );
}
