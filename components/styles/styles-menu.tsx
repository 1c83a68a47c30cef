"use client";

import { useCallback, useEffect, useState } from "react";
import { applyStyle, isStyleApplied, removeStyle, type PromptStyle } from "@/lib/styles/styles";
import { callApi, errorText } from "../api-client";
import type { Locale, Messages } from "../i18n/messages";
import { StyleManager } from "./style-manager";

/**
 * A1111 styles: apply to / remove from the prompts (a style counts as applied while the text carries it, as A1111 reads
 * it), save the prompts as a style, import and export styles.csv, and manage (rename, edit, delete) saved styles.
 */
export function StylesMenu({ prompt, negative, onApply, onClose, locale, t }: {
  prompt: string; negative: string; onApply: (next: { prompt: string; negative: string }) => void; onClose: () => void; locale: Locale; t: Messages;
}) {
  const [styles, setStyles] = useState<PromptStyle[]>([]);
  const [name, setName] = useState("");
  const [message, setMessage] = useState<unknown>(null);
  const [notice, setNotice] = useState("");
  const [managing, setManaging] = useState(false);
  const applied = styles.filter((s) => isStyleApplied(s, prompt, negative)).map((s) => s.name);
  const reload = useCallback(() => callApi<{ styles: PromptStyle[] }>("/api/styles").then((r) => setStyles(r.styles), setMessage), []);
  useEffect(() => void reload(), [reload]);

  const toggle = (style: PromptStyle) => {
    setMessage(null);
    const next = applied.includes(style.name) ? removeStyle(style, prompt, negative) : applyStyle(style, prompt, negative);
    if (!next) return setMessage(new Error(t.styleNotFound));
    onApply(next);
  };
  const importCsv = async (file: File) => {
    try {
      const r = await callApi<{ imported: number }>("/api/styles/csv", { body: { csv: await file.text() } });
      setMessage(null);
      await reload();
      setNotice(t.stylesImported(r.imported));
    } catch (e) {
      setMessage(e);
    }
  };
  const button = "rounded-md border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";
  return (
    <section aria-label={t.styles} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <div className="flex flex-wrap gap-1.5">
        {styles.length === 0 ? <span className="text-xs text-stone-400">{t.noStyles}</span> : null}
        {styles.map((s) => (
          <button key={s.name} type="button" aria-pressed={applied.includes(s.name)} onClick={() => toggle(s)} title={`${s.prompt}\n${s.negative}`}
            className={`rounded-full border px-2.5 py-0.5 text-xs ${applied.includes(s.name) ? "border-indigo-600 bg-indigo-600 text-white" : "border-stone-300 dark:border-stone-700"}`}>{s.name}</button>
        ))}
      </div>
      <form className="flex flex-wrap items-center gap-1.5" onSubmit={async (e) => {
        e.preventDefault();
        if (!name.trim()) return;
        await callApi("/api/styles", { body: { name: name.trim(), prompt, negative } }).then(reload, setMessage);
        setName("");
      }}>
        <input aria-label={t.styleName} placeholder={t.styleName} value={name} onChange={(e) => setName(e.target.value)} maxLength={100}
          className="w-36 rounded-md border border-stone-300 bg-transparent px-2 py-0.5 text-xs dark:border-stone-700" />
        <button type="submit" className={button}>{t.saveStyle}</button>
        <label className={`${button} cursor-pointer`}>{t.importStyles}
          <input type="file" accept=".csv,text/csv" className="hidden" onChange={(e) => e.target.files?.[0] && importCsv(e.target.files[0])} />
        </label>
        <a className={button} href="/api/styles/csv">{t.exportStyles}</a>
        {styles.length ? <button type="button" className={button} aria-expanded={managing} onClick={() => setManaging(!managing)}>{t.manageStyles}</button> : null}
        <button type="button" onClick={onClose} className="text-xs text-stone-500">{t.close}</button>
      </form>
      {managing ? <StyleManager styles={styles} onChanged={() => { setMessage(null); void reload(); }} onError={setMessage} t={t} /> : null}
      {notice ? <p role="status" className="text-xs text-emerald-700 dark:text-emerald-400">{notice}</p> : null}
      {message ? <p role="alert" className="text-xs text-red-600">{errorText(message, locale)}</p> : null}
    </section>
  );
}
