"use client";

import { useState } from "react";
import type { PromptStyle } from "@/lib/styles/styles";
import { callApi } from "../api-client";
import type { Messages } from "../i18n/messages";

const input = "rounded-md border border-stone-300 bg-transparent px-2 py-0.5 font-mono text-xs dark:border-stone-700";
const button = "rounded-md border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

/** Every saved style with its name, prompt and negative editable in place, saved (or deleted) one at a time. */
export function StyleManager({ styles, onChanged, onError, t }: {
  styles: PromptStyle[]; onChanged: () => void; onError: (error: unknown) => void; t: Messages;
}) {
  return (
    <ul aria-label={t.manageStyles} className="flex max-h-80 flex-col gap-2 overflow-y-auto">
      {styles.map((style) => <StyleRow key={style.name} style={style} onChanged={onChanged} onError={onError} t={t} />)}
    </ul>
  );
}

function StyleRow({ style, onChanged, onError, t }: { style: PromptStyle; onChanged: () => void; onError: (error: unknown) => void; t: Messages }) {
  const [draft, setDraft] = useState(style);
  const changed = draft.name.trim() !== style.name || draft.prompt !== style.prompt || draft.negative !== style.negative;
  const run = (request: Promise<unknown>) => request.then(onChanged, onError);
  const save = () => run(callApi("/api/styles", { method: "PATCH", body: { name: style.name, changes: { ...draft, name: draft.name.trim() } } }));
  const remove = () => {
    if (window.confirm(t.confirmDeleteStyle(style.name))) void run(callApi(`/api/styles?${new URLSearchParams({ name: style.name })}`, { method: "DELETE" }));
  };
  return (
    <li className="grid gap-1 rounded-lg border border-stone-200 p-2 sm:grid-cols-[10rem_1fr_1fr_auto] dark:border-stone-700">
      <input aria-label={`${t.styleName}: ${style.name}`} value={draft.name} maxLength={100} className={input}
        onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      <textarea aria-label={`${t.prompt}: ${style.name}`} value={draft.prompt} rows={2} className={input}
        onChange={(e) => setDraft({ ...draft, prompt: e.target.value })} />
      <textarea aria-label={`${t.negativePrompt}: ${style.name}`} value={draft.negative} rows={2} className={input}
        onChange={(e) => setDraft({ ...draft, negative: e.target.value })} />
      <div className="flex items-start gap-1">
        <button type="button" aria-label={`${t.save}: ${style.name}`} disabled={!changed || !draft.name.trim()} onClick={() => void save()}
          className={`${button} disabled:opacity-40`}>{t.save}</button>
        <button type="button" aria-label={`${t.deleteStyle}: ${style.name}`} onClick={remove} className={`${button} text-red-600`}>{t.deleteStyle}</button>
      </div>
    </li>
  );
}
