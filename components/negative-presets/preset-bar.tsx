"use client";

import { useState } from "react";
import { addPreset, removePreset, type PresetApplication } from "@/lib/dictionary/merge-negative";
import { readTags } from "@/lib/prompt/tag-list";
import { errorText } from "../api-client";
import { usePersistentJson } from "../composer/use-persistent-state";
import type { Locale, Messages } from "../i18n/messages";
import { usePresets } from "./use-presets";

/** One-click negative presets: a click merges the preset into the Negative prompt, a second click takes it out again. */
export function PresetBar({ negative, onChange, locale, t }: { negative: string; onChange: (text: string) => void; locale: Locale; t: Messages }) {
  const { presets, error, save, remove, setError } = usePresets();
  const [applied, setApplied] = usePersistentJson<Record<string, PresetApplication>>("ps.appliedPresets", {});
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");

  const toggle = (id: string, tags: string[]) => {
    const record = applied[id];
    if (record) {
      onChange(removePreset(negative, record));
      const { [id]: _, ...rest } = applied;
      setApplied(rest);
    } else {
      const result = addPreset(negative, tags);
      onChange(result.text);
      setApplied({ ...applied, [id]: result.applied });
    }
  };

  const saveCurrent = async () => {
    const tags = readTags(negative).map((p) => p.text);
    if (!name.trim() || tags.length === 0) return;
    await save(name.trim(), tags).then(() => { setNaming(false); setName(""); }, setError);
  };

  const all = [...presets.builtin.map((p) => ({ ...p, user: false })), ...presets.user.map((p) => ({ ...p, user: true }))];
  return (
    <div role="group" aria-label={t.presets} className="flex flex-wrap items-center gap-1.5">
      <span className="text-xs font-semibold text-stone-500">{t.presets}</span>
      {all.map((p) => (
        <span key={p.id} className="inline-flex">
          <button type="button" aria-pressed={!!applied[p.id]} onClick={() => toggle(p.id, p.tags)} title={p.tags.join(", ")}
            className={`rounded-full border px-2.5 py-0.5 text-xs ${applied[p.id] ? "border-indigo-600 bg-indigo-600 text-white" : "border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"}`}>
            {locale === "zh" ? p.nameZh : p.name}
          </button>
          {p.user && (
            <button type="button" aria-label={`${t.deletePreset} ${p.name}`} onClick={() => remove(p.id).catch(setError)} className="px-1 text-xs text-stone-400 hover:text-red-600">×</button>
          )}
        </span>
      ))}
      {naming ? (
        <form onSubmit={(e) => { e.preventDefault(); void saveCurrent(); }} className="inline-flex gap-1">
          <input aria-label={t.presetName} value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={60}
            className="w-28 rounded border border-stone-300 bg-transparent px-1 text-xs dark:border-stone-700" />
          <button type="submit" className="text-xs text-indigo-600">OK</button>
        </form>
      ) : (
        <button type="button" onClick={() => setNaming(true)} disabled={!negative.trim()} className="text-xs text-indigo-600 disabled:opacity-40">+ {t.savePreset}</button>
      )}
      {error ? <span role="alert" className="text-xs text-red-600">{errorText(error, locale)}</span> : null}
    </div>
  );
}
