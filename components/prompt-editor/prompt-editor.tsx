"use client";

import { useId, useImperativeHandle, useMemo, useRef, type ReactNode, type Ref } from "react";
import { editWeight } from "@/lib/prompt/edit-weight";
import { insertTag } from "@/lib/prompt/insert-tag";
import { highlightPrompt } from "@/lib/prompt/highlight";
import { describeDiagnostic } from "@/lib/prompt/messages";
import { parsePrompt } from "@/lib/prompt/parse";
import type { Locale, Messages } from "../i18n/messages";
import { HighlightLayer } from "./highlight-layer";
import { TokenCounter } from "./token-counter";
import { useTokenStats } from "./use-token-stats";

/** What the composer can do to an editor: insert a tag at its cursor, or replace its text (both undoable). */
export interface PromptEditorHandle {
  insert: (tag: string) => void;
  replace: (text: string) => void;
}

export interface PromptEditorProps {
  ref?: Ref<PromptEditorHandle>;
  label: string;
  onFocus?: () => void;
  /** Buttons shown in the editor's header. */
  actions?: ReactNode;
  /** Shown under the diagnostics (glosses, translation notes). */
  footer?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  isNegative?: boolean;
  locale: Locale;
  t: Messages;
}

/** A prompt box with A1111 syntax highlighting, the live N/75 count, chunk marks, diagnostics and Ctrl/⌘+↑/↓. */
export function PromptEditor({ ref, label, value, onChange, onFocus, actions, footer, placeholder, isNegative = false, locale, t }: PromptEditorProps) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => ({
    insert: (tag) => {
      const el = textarea.current;
      if (!el) return;
      const edit = insertTag(el.value, el.selectionStart, el.selectionEnd, tag);
      replaceText(el, edit.text);
      el.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    },
    replace: (text) => textarea.current && replaceText(textarea.current, text),
  }), []);
  const spans = useMemo(() => highlightPrompt(value), [value]);
  const diagnostics = useMemo(() => parsePrompt(value).diagnostics.filter((d) => d.code !== "extra_network"), [value]);
  const stats = useTokenStats(value, isNegative);
  const chunkStarts = stats.status === "ready" ? stats.stats.chunkStarts : [];

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    const el = event.currentTarget;
    const edit = editWeight(el.value, el.selectionStart, el.selectionEnd, event.key === "ArrowUp" ? 1 : -1);
    event.preventDefault();
    if (!edit) return;
    replaceText(el, edit.text);
    el.setSelectionRange(edit.selectionStart, edit.selectionEnd);
  };

  const select = (start: number, end: number) => {
    textarea.current?.focus();
    textarea.current?.setSelectionRange(start, end);
  };

  return (
    <section className="rounded-xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <header className="flex items-center justify-between gap-3 border-b border-stone-100 px-3 py-2 dark:border-stone-800">
        <label htmlFor={id} className="text-sm font-semibold">{label}</label>
        <div className="flex flex-wrap items-center justify-end gap-2">
          {actions}
          <TokenCounter state={stats} t={t} />
        </div>
      </header>
      <div className="relative">
        <div aria-hidden className="prompt-layer pointer-events-none absolute inset-0 overflow-hidden text-stone-900 dark:text-stone-100">
          <HighlightLayer text={value} spans={spans} chunkStarts={chunkStarts} chunkLabel={t.chunk} />
        </div>
        <textarea
          id={id}
          ref={textarea}
          aria-label={label}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          placeholder={placeholder}
          spellCheck={false}
          rows={isNegative ? 3 : 5}
          className="prompt-layer relative block min-h-24 w-full resize-y bg-transparent text-transparent caret-stone-900 outline-none [field-sizing:content] placeholder:text-stone-400 selection:bg-indigo-300/50 selection:text-transparent focus-visible:ring-2 focus-visible:ring-indigo-500/50 dark:caret-stone-100"
        />
      </div>
      <ul aria-label={locale === "zh" ? "语法提示" : "Syntax notes"} className="space-y-1 px-3 py-2 text-xs">
        {diagnostics.length === 0 ? (
          <li className="text-stone-400">{t.noIssues} · {t.weightHint}</li>
        ) : (
          diagnostics.map((d) => (
            <li key={`${d.code}${d.start}`}>
              <button type="button" onClick={() => select(d.start, d.end)} className={`text-left hover:underline ${d.severity === "error" ? "text-red-600 dark:text-red-400" : "text-amber-700 dark:text-amber-400"}`}>
                {describeDiagnostic(d, locale)}
              </button>
            </li>
          ))
        )}
      </ul>
      {footer}
    </section>
  );
}

// Goes through the browser's editing commands so Ctrl+Z still undoes the change.
function replaceText(el: HTMLTextAreaElement, text: string) {
  el.focus();
  el.setSelectionRange(0, el.value.length);
  if (!document.execCommand("insertText", false, text)) {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
    setter?.call(el, text);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }
}
