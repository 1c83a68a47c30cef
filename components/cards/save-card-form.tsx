"use client";

import { useState } from "react";
import type { Card } from "@/lib/cards/card";
import { callApi, errorText } from "../api-client";
import type { Locale, Messages } from "../i18n/messages";
import { defaultCardTitle } from "@/lib/cards/default-card-title";
import { ShareLink } from "../output/share-link";

/** Saves the current prompts as a card and shows its share link. */
export function SaveCardForm({ prompt, negative, onClose, onSaved, locale, t }: {
  prompt: string; negative: string; onClose: () => void; /** After a card is saved (the composer keeps a version). */ onSaved?: () => void; locale: Locale; t: Messages;
}) {
  const [title, setTitle] = useState(() => defaultCardTitle(prompt, prompt.split(",")[0]?.trim().slice(0, 60) ?? ""));
  const [tags, setTags] = useState("");
  const [unlisted, setUnlisted] = useState(false);
  const [saved, setSaved] = useState<Card | null>(null);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    try {
      const labels = tags.split(/[,，]/).map((s) => s.trim()).filter(Boolean);
      setSaved(await callApi<Card>("/api/cards", { body: { title, prompt, negative, tags: labels, unlisted, params: {} } }));
      setError(null);
      onSaved?.();
    } catch (e) {
      setError(e);
    }
  };
  const input = "rounded-md border border-stone-300 bg-transparent px-2 py-1 text-sm dark:border-stone-700";
  return (
    <form aria-label={t.saveCard} onSubmit={(e) => { e.preventDefault(); void save(); }}
      className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <label className="flex flex-col gap-1 text-xs">{t.cardTitle}<input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} className={input} /></label>
      <label className="flex flex-col gap-1 text-xs">{t.cardTags}<input value={tags} onChange={(e) => setTags(e.target.value)} className={input} /></label>
      <label className="flex items-center gap-1 text-xs"><input type="checkbox" checked={unlisted} onChange={(e) => setUnlisted(e.target.checked)} />{t.unlisted}</label>
      <div className="flex gap-2">
        <button type="submit" disabled={!title.trim() || !prompt.trim()} className="rounded-md bg-indigo-600 px-3 py-1 text-xs text-white disabled:opacity-50">{t.save}</button>
        <button type="button" onClick={onClose} className="text-xs text-stone-500">{t.close}</button>
      </div>
      {saved ? <div role="status" className="flex flex-col gap-1 text-xs">{t.cardSaved}<ShareLink slug={saved.slug} t={t} /></div> : null}
      {error ? <p role="alert" className="text-xs text-red-600">{errorText(error, locale)}</p> : null}
    </form>
  );
}
