"use client";

import { useState } from "react";
import type { Card } from "@/lib/cards/card";
import { callApi, errorText } from "../api-client";
import type { Locale, Messages } from "../i18n/messages";
import { cardParamsFromInfotext } from "@/lib/cards/card-params-from-infotext";
import { defaultCardTitle } from "@/lib/cards/default-card-title";
import { ShareLink } from "../output/share-link";
import { buttonClass } from "./preview-styles";
import type { RenderedItem } from "./use-render-job";

export interface ResultsStripProps {
  results: RenderedItem[];
  onUseSeed: (seed: number) => void;
  locale: Locale;
  t: Messages;
}

async function saveAsCard(item: RenderedItem): Promise<Card> {
  const bytes = new Uint8Array(await (await fetch(item.url)).arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const { prompt, negative, params } = cardParamsFromInfotext(item.infotext);
  const title = defaultCardTitle(prompt, `Seed ${item.seed}`);
  return callApi<Card>("/api/cards", { body: { title, prompt, negative, params, tags: [], image: btoa(binary) } });
}

/** The finished images, newest first, each with "use this seed", "copy generation data" and "save as card". */
export function ResultsStrip({ results, onUseSeed, locale, t }: ResultsStripProps) {
  const [note, setNote] = useState<{ url: string; text: string; slug?: string } | null>(null);
  if (results.length === 0) return null;
  const act = async (item: RenderedItem, run: () => Promise<{ text: string; slug?: string }>) => {
    try {
      setNote({ url: item.url, ...(await run()) });
    } catch (error) {
      setNote({ url: item.url, text: errorText(error, locale) });
    }
  };
  return (
    <ul aria-label={t.previewResults} className="flex gap-2 overflow-x-auto pb-1">
      {results.map((item) => (
        <li key={item.url} className="flex w-36 shrink-0 flex-col gap-1 text-xs">
          <a href={item.url} target="_blank" rel="noreferrer">
            <img src={item.url} alt={t.previewSeedOf(item.seed)} className="aspect-square w-full rounded border border-stone-200 object-contain dark:border-stone-700" />
          </a>
          <span className="tabular-nums text-stone-500">{t.previewSeedOf(item.seed)}</span>
          <button type="button" className={buttonClass} onClick={() => onUseSeed(item.seed)}>{t.previewUseSeed}</button>
          <button type="button" className={buttonClass} onClick={() => act(item, async () => {
            await navigator.clipboard.writeText(item.infotext).catch(() => { throw new Error(t.copyFailed); });
            return { text: t.copied };
          })}>{t.previewCopyData}</button>
          <button type="button" className={buttonClass} onClick={() => act(item, async () => {
            const card = await saveAsCard(item);
            return { text: t.previewCardSaved, slug: card.slug };
          })}>{t.previewSaveCard}</button>
          {note?.url === item.url ? <p role="status">{note.text}{note.slug ? <ShareLink slug={note.slug} t={t} /> : null}</p> : null}
        </li>
      ))}
    </ul>
  );
}
