"use client";

import type { Card } from "@/lib/cards/card";
import type { TranslatedTag } from "@/lib/dictionary/translate";
import { useLocale } from "../i18n/use-locale";
import { CardActions } from "./card-actions";
import { cardMessages } from "./card-messages";

function GlossedTags({ tags, label }: { tags: TranslatedTag[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {tags.map((t, i) => (
        <li key={`${t.source}${i}`} className="rounded-lg border border-stone-200 px-2 py-1 dark:border-stone-700">
          <div className="text-sm">{t.source}</div>
          <div className={`text-xs ${t.known ? "text-stone-500" : "text-amber-600"}`}>{t.target}</div>
        </li>
      ))}
    </ul>
  );
}

const button = "rounded-md border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

/** A shared card, in the language the user chose: the prompt with Chinese glosses, the negative, the parameters and the preview. */
export function CardView({ card, glosses }: { card: Card; glosses: { prompt: TranslatedTag[]; negative: TranslatedTag[] } }) {
  const { locale, toggleLocale } = useLocale();
  const m = cardMessages(locale);
  const params = Object.entries(card.params).filter(([k]) => k !== "Prompt" && k !== "Negative prompt");
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-5 px-4 py-6">
      <header className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <a href="/" className="text-xs text-indigo-600">{m.appName}</a>
          <h1 className="mt-1 text-2xl font-bold break-words">{card.title}</h1>
          {card.tags.length ? <p className="mt-1 text-xs text-stone-500">{card.tags.map((t) => `#${t}`).join(" ")}</p> : null}
        </div>
        <button type="button" className={`${button} shrink-0 whitespace-nowrap`} onClick={toggleLocale}>{m.language}</button>
      </header>
      <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_20rem]">
        <section className="flex min-w-0 flex-col gap-4">
          <div>
            <h2 className="mb-2 text-sm font-semibold">{m.prompt}</h2>
            <p className="mb-2 rounded-lg bg-stone-100 p-3 font-mono text-sm break-words whitespace-pre-wrap dark:bg-stone-900">{card.prompt}</p>
            <GlossedTags tags={glosses.prompt} label={m.promptTags} />
          </div>
          {card.negative ? (
            <div>
              <h2 className="mb-2 text-sm font-semibold">{m.negative}</h2>
              <p className="mb-2 rounded-lg bg-stone-100 p-3 font-mono text-sm break-words whitespace-pre-wrap dark:bg-stone-900">{card.negative}</p>
              <GlossedTags tags={glosses.negative} label={m.negativeTags} />
            </div>
          ) : null}
          <CardActions card={card} m={m} />
        </section>
        <aside className="flex flex-col gap-3">
          {card.hasImage ? <img src={`/api/cards/${card.slug}/image`} alt={card.title} className="w-full rounded-xl border border-stone-200 dark:border-stone-800" /> : null}
          {params.length ? (
            <table className="text-sm">
              <caption className="mb-1 text-left text-sm font-semibold">{m.parameters}</caption>
              <tbody>
                {params.map(([k, v]) => (
                  <tr key={k} className="border-t border-stone-100 dark:border-stone-800">
                    <th className="py-1 pr-3 text-left font-normal text-stone-500">{k}</th>
                    <td className="py-1 break-all">{String(v)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </aside>
      </div>
    </main>
  );
}
