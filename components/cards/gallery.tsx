"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { Card } from "@/lib/cards/card";
import { ApiError, callApi, errorText } from "../api-client";
import { useLocale } from "../i18n/use-locale";
import { cardMessages } from "./card-messages";

const button = "rounded-md border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

/** The user's saved cards with search, tag filter, unlist/delete and JSON import; in team mode, who may see each card. */
export function Gallery({ team = false }: { team?: boolean }) {
  const { locale, toggleLocale } = useLocale();
  const m = cardMessages(locale);
  const [cards, setCards] = useState<Card[]>([]);
  const [q, setQ] = useState("");
  const [tag, setTag] = useState("");
  const [showUnlisted, setShowUnlisted] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(() => {
    const params = new URLSearchParams({ ...(q ? { q } : {}), ...(tag ? { tag } : {}), ...(showUnlisted ? { unlisted: "1" } : {}) });
    callApi<{ cards: Card[] }>(`/api/cards?${params}`).then((r) => { setCards(r.cards); setError(null); }, setError);
  }, [q, tag, showUnlisted]);
  useEffect(() => {
    const timer = setTimeout(reload, 150);
    return () => clearTimeout(timer);
  }, [reload]);

  const allTags = useMemo(() => [...new Set(cards.flatMap((c) => c.tags))].sort(), [cards]);
  const act = (p: Promise<unknown>) => p.then(reload, setError);
  const importJson = async (file: File) => {
    try {
      await callApi("/api/cards/import", { body: JSON.parse(await file.text()) });
      reload();
    } catch (e) {
      setError(e instanceof SyntaxError ? new ApiError("That file is not JSON.", "该文件不是 JSON。") : e);
    }
  };

  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <a href="/" className="text-xs text-indigo-600">{m.back}</a>
          <h1 className="text-xl font-bold">{m.cards}</h1>
        </div>
        <div className="flex items-center gap-2">
        <button type="button" className={`${button} shrink-0 whitespace-nowrap`} onClick={toggleLocale}>{m.language}</button>
        <label className={`${button} cursor-pointer`}>
          {m.importJson}
          <input type="file" accept="application/json,.json" className="hidden" onChange={(e) => e.target.files?.[0] && importJson(e.target.files[0])} />
        </label>
        </div>
      </header>
      <div className="flex flex-wrap items-center gap-2">
        <input type="search" aria-label={m.search} placeholder={m.searchPlaceholder} value={q} onChange={(e) => setQ(e.target.value)}
          className="w-64 rounded-md border border-stone-300 bg-transparent px-2 py-1 text-sm dark:border-stone-700" />
        <label className="flex items-center gap-1 text-xs"><input type="checkbox" checked={showUnlisted} onChange={(e) => setShowUnlisted(e.target.checked)} /> {m.showUnlisted}</label>
        {["", ...allTags].map((t) => (
          <button key={t || "all"} type="button" aria-pressed={tag === t} onClick={() => setTag(t)}
            className={`rounded-full px-2 py-0.5 text-xs ${tag === t ? "bg-indigo-600 text-white" : "bg-stone-100 dark:bg-stone-800"}`}>{t ? `#${t}` : m.all}</button>
        ))}
      </div>
      {error ? <p role="alert" className="text-sm text-red-600">{errorText(error, locale)}</p> : null}
      {cards.length === 0 && !error ? <p className="text-sm text-stone-500">{m.empty}</p> : null}
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((c) => (
          <li key={c.slug} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
            {c.hasImage ? <img src={`/api/cards/${c.slug}/image`} alt="" className="h-40 w-full rounded-lg object-cover" /> : null}
            <a href={`/c/${c.slug}`} className="font-semibold break-words hover:underline">{c.title}</a>
            <p className="line-clamp-3 font-mono text-xs break-words text-stone-600 dark:text-stone-400">{c.prompt}</p>
            <div className="mt-auto flex flex-wrap items-center gap-1.5">
              {c.unlisted ? <span className="rounded bg-stone-200 px-1.5 text-[11px] dark:bg-stone-700">{m.unlisted}</span> : null}
              {team && c.mine ? (
                <select aria-label={`${m.visibility}: ${c.title}`} value={c.visibility} className={button}
                  onChange={(e) => act(callApi(`/api/cards/${c.slug}`, { method: "PATCH", body: { visibility: e.target.value } }))}>
                  <option value="team">{m.visibilityTeam}</option>
                  <option value="private">{m.visibilityPrivate}</option>
                  <option value="link">{m.visibilityLink}</option>
                </select>
              ) : team ? <span className="rounded bg-stone-200 px-1.5 text-[11px] dark:bg-stone-700">{{ link: m.visibilityLink, team: m.visibilityTeam, private: m.visibilityPrivate }[c.visibility]}</span> : null}
              {c.mine ? (
                <>
                  <button type="button" className={button} onClick={() => act(callApi(`/api/cards/${c.slug}`, { method: "PATCH", body: { unlisted: !c.unlisted } }))}>
                    {c.unlisted ? m.list : m.unlist}
                  </button>
                  <button type="button" className={`${button} text-red-600`} onClick={() => confirm(m.confirmDelete(c.title)) && act(callApi(`/api/cards/${c.slug}`, { method: "DELETE" }))}>
                    {m.delete}
                  </button>
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
