"use client";

import { useEffect, useState } from "react";
import type { TranslatedTag } from "@/lib/dictionary/translate";
import { callApi } from "../api-client";

/** Each tag of the prompt with its Chinese name (未收录 where the dictionary has none), fetched as the prompt settles. */
export function GlossLine({ prompt, label }: { prompt: string; label: string }) {
  const [tags, setTags] = useState<TranslatedTag[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      callApi<{ tags: TranslatedTag[] }>("/api/translate", { body: { text: prompt, direction: "en-zh" }, signal: controller.signal })
        .then((r) => setTags(r.tags), () => undefined);
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [prompt]);
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1 border-t border-stone-100 px-3 py-2 text-[11px] dark:border-stone-800">
      {tags.map((t, i) => (
        <li key={`${t.source}${i}`} className={`rounded px-1.5 py-0.5 ${t.known ? "bg-stone-100 dark:bg-stone-800" : "bg-amber-50 text-amber-700 dark:bg-amber-950 dark:text-amber-400"}`}>
          <span className="text-stone-500">{t.source}</span> <span>{t.target}</span>
        </li>
      ))}
    </ul>
  );
}
