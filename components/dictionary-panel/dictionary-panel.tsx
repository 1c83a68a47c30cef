"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { CATEGORIES, CATEGORY_NAMES, type Category } from "@/lib/dictionary/categories";
import { subcategoryName } from "./subcategory-names";
import { tagForPrompt } from "@/lib/dictionary/complete";
import { keepUnderscores } from "../autocomplete/underscore-setting";
import { callApi, errorText } from "../api-client";
import type { Locale, Messages } from "../i18n/messages";
import { useDictionarySearch } from "./use-dictionary-search";
import { useEditedEntries } from "./use-edited-entries";

/** A search asked for from elsewhere (an unknown fragment's 🔍); `at` makes a repeated query a new request. */
export interface SearchRequest {
  query: string;
  at: number;
}

/** Browse and search the bilingual dictionary; clicking a tag inserts it into the editor that last had focus. */
export function DictionaryPanel({ onInsert, searchRequest, locale, t }: { onInsert: (tag: string) => void; searchRequest?: SearchRequest | null; locale: Locale; t: Messages }) {
  const [query, setQuery] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!searchRequest) return;
    setQuery(searchRequest.query);
    input.current?.scrollIntoView({ block: "nearest" });
    input.current?.focus();
  }, [searchRequest]);
  const [category, setCategory] = useState<Category | "">("");
  const [revision, setRevision] = useState(0);
  const { results, categories, loading, error } = useDictionarySearch(query, category, revision);
  const { edited, reset } = useEditedEntries(revision, useCallback(() => setRevision((r) => r + 1), []));

  const toggleFavorite = async (tag: string, favorite: boolean) => {
    await callApi("/api/dictionary/favorites", { body: { tag, favorite } }).catch(() => undefined);
    setRevision((r) => r + 1);
  };

  return (
    <aside aria-label={t.dictionary} className="flex min-h-0 flex-col [contain:content] rounded-xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <div className="border-b border-stone-100 p-3 dark:border-stone-800">
        <input
          type="search"
          aria-label={t.searchTags}
          placeholder={t.searchPlaceholder}
          ref={input}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="w-full rounded-md border border-stone-300 bg-transparent px-2 py-1.5 text-sm outline-none focus:ring-2 focus:ring-indigo-500/50 dark:border-stone-700"
        />
        <div role="tablist" aria-label={t.categories} className="mt-2 flex flex-wrap gap-1">
          {(["", ...CATEGORIES] as const).map((c) => (
            <button key={c || "all"} type="button" role="tab" aria-selected={category === c} onClick={() => setCategory(c)}
              className={`rounded-full px-2 py-0.5 text-xs ${category === c ? "bg-indigo-600 text-white" : "bg-stone-100 text-stone-600 hover:bg-stone-200 dark:bg-stone-800 dark:text-stone-300"}`}>
              {c ? CATEGORY_NAMES[c][locale] : t.all}
              {c && categories[c] ? <span className="ml-1 opacity-60">{categories[c]}</span> : null}
            </button>
          ))}
        </div>
      </div>
      <div className="max-h-[60vh] min-h-40 overflow-y-auto p-3 lg:max-h-[calc(100vh-11rem)]" aria-busy={loading}>
        {error ? <p role="alert" className="text-sm text-red-600">{errorText(error, locale)}</p> : null}
        {!error && !loading && results.length === 0 ? <p className="text-sm text-stone-400">{t.noResults}</p> : null}
        <ul className="flex flex-wrap gap-1.5">
          {results.map((r) => (
            <li key={r.tag} className="group flex items-stretch overflow-hidden rounded-lg border border-stone-200 dark:border-stone-700">
              <button type="button" onClick={() => onInsert(tagForPrompt(r.tag, { underscores: keepUnderscores() }))} title={r.note ?? `${CATEGORY_NAMES[r.category][locale]} · ${subcategoryName(r.category, r.sub, locale)}`} aria-label={`${t.insert} ${r.tag} ${r.zh}`}
                className="flex flex-col items-start px-2 py-1 text-left hover:bg-indigo-50 dark:hover:bg-indigo-950">
                <span className="text-xs font-medium">{r.tag}</span>
                <span className="text-[11px] text-stone-500">{r.zh}</span>
              </button>
              <button type="button" aria-label={`${r.favorite ? t.unfavorite : t.favorite} ${r.tag}`} aria-pressed={!!r.favorite}
                onClick={() => toggleFavorite(r.tag, !r.favorite)}
                className={`px-1.5 text-sm ${r.favorite ? "text-amber-500" : "text-stone-300 hover:text-amber-400 dark:text-stone-600"}`}>
                {r.favorite ? "★" : "☆"}
              </button>
              {edited.has(r.tag) ? (
                <button type="button" aria-label={`${t.resetEntry}: ${r.tag}`} title={`${t.editedEntry} · ${t.resetEntry}`} onClick={() => reset(r.tag)}
                  className="px-1.5 text-sm text-stone-400 hover:text-indigo-600">↺</button>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
