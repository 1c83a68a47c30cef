"use client";

import { useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from "react";
import { tagForPrompt } from "@/lib/dictionary/complete";
import { acceptCompletion, currentTagAt } from "@/lib/prompt/current-tag";
import { editWeight } from "@/lib/prompt/edit-weight";
import { insertTag } from "@/lib/prompt/insert-tag";
import { describeDiagnostic } from "@/lib/prompt/messages";
import { caretCoordinates } from "../autocomplete/caret-coordinates";
import { CompletionList } from "../autocomplete/completion-list";
import { keepUnderscores } from "../autocomplete/underscore-setting";
import { useCompletion } from "../autocomplete/use-completion";
import type { Locale, Messages } from "../i18n/messages";
import { HighlightLayer } from "./highlight-layer";
import { TokenCounter } from "./token-counter";
import { readingOf, type TokenStatsState } from "./use-token-stats";

/** What the composer can do to an editor: insert a tag at its cursor, or replace its text (both undoable). */
export interface PromptEditorHandle {
  insert: (tag: string) => void;
  replace: (text: string) => void;
  /** The selected characters [start, end) (equal at the cursor). */
  selection: () => [number, number];
}

/** "typing" changes coalesce into one undo step; "edit" changes (weights, inserts) are steps of their own. */
export type ChangeKind = "typing" | "edit";

export interface PromptEditorProps {
  ref?: Ref<PromptEditorHandle>;
  label: string;
  value: string;
  onChange: (value: string, kind: ChangeKind) => void;
  onFocus?: () => void;
  /** Buttons shown in the editor's header. */
  actions?: ReactNode;
  /** Shown under the diagnostics (tag view, glosses, translation notes). */
  footer?: ReactNode;
  placeholder: string;
  /** The prompt's analysis: its reading (highlight, diagnostics) and token count and chunks (computed by the composer, which also feeds the tag view). */
  stats: TokenStatsState;
  /** Source ranges of switched-off tags, drawn struck through. */
  dimmed?: Array<[number, number]>;
  /** Source ranges to point out (fragments translation could not read). */
  flagged?: Array<[number, number]>;
  onUndo?: () => void;
  onRedo?: () => void;
  isNegative?: boolean;
  locale: Locale;
  t: Messages;
}

/** A prompt box with A1111 syntax highlighting, the live N/75 count, chunk marks, diagnostics and Ctrl/⌘+↑/↓. */
export function PromptEditor(props: PromptEditorProps) {
  const { ref, label, value, onChange, onFocus, actions, footer, placeholder, stats, dimmed = [], flagged = [], onUndo, onRedo, isNegative = false, locale, t } = props;
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<[number, number] | null>(null);
  const reading = readingOf(stats, value);
  const spans = reading.highlight;
  const diagnostics = useMemo(() => reading.diagnostics.filter((d) => d.code !== "extra_network"), [reading]);
  const chunkStarts = stats.status === "ready" ? stats.stats.chunkStarts : [];
  const completion = useCompletion();
  const composing = useRef(false);
  const [popupAt, setPopupAt] = useState({ top: 0, left: 0 });
  const suggestions = completion.state;

  // A programmatic change moves the caret where the edit left it once React has written the new value.
  useLayoutEffect(() => {
    const sel = pendingSelection.current;
    if (sel && textarea.current) textarea.current.setSelectionRange(sel[0], sel[1]);
    pendingSelection.current = null;
  }, [value]);

  const applyEdit = (text: string, selection: [number, number]) => {
    pendingSelection.current = selection;
    onChange(text, "edit");
  };

  useImperativeHandle(ref, () => ({
    insert: (tag) => {
      const el = textarea.current;
      if (!el) return;
      el.focus();
      const edit = insertTag(el.value, el.selectionStart, el.selectionEnd, tag);
      applyEdit(edit.text, [edit.selectionStart, edit.selectionEnd]);
    },
    replace: (text) => applyEdit(text, [text.length, text.length]),
    selection: () => [textarea.current?.selectionStart ?? 0, textarea.current?.selectionEnd ?? 0],
  }));

  // Suggestions follow typing only, never an IME's composition (its Enter commits pinyin, not a tag).
  const onInput = (el: HTMLTextAreaElement) => {
    if (composing.current) return;
    completion.update(el.value, el.selectionStart, el.selectionEnd);
  };

  // The list's place is measured only when it shows for a new tag (a mirror layout costs milliseconds per keystroke).
  const listStart = suggestions?.target.start;
  useLayoutEffect(() => {
    const el = textarea.current;
    if (listStart === undefined || !el) return;
    const caret = caretCoordinates(el, listStart);
    setPopupAt({ top: caret.top + caret.height + 4, left: Math.max(0, Math.min(caret.left, el.clientWidth - 240)) });
  }, [listStart]);

  const acceptSuggestion = (index: number) => {
    const el = textarea.current;
    const item = suggestions?.items[index];
    const target = el && currentTagAt(el.value, el.selectionStart);
    if (!el || !item || !target) return completion.close();
    const edit = acceptCompletion(el.value, target, tagForPrompt(item.tag, { underscores: keepUnderscores() }));
    completion.accepted(item.tag);
    applyEdit(edit.text, [edit.selectionStart, edit.selectionEnd]);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (event.nativeEvent.isComposing || composing.current) return;
    if (suggestions && !mod && !event.altKey) {
      const handled = { ArrowDown: () => completion.move(1), ArrowUp: () => completion.move(-1), Enter: () => acceptSuggestion(suggestions.active),
        Tab: () => acceptSuggestion(suggestions.active), Escape: () => completion.close() }[event.key];
      if (handled && !event.shiftKey) {
        event.preventDefault();
        return handled();
      }
      if (event.key === "ArrowLeft" || event.key === "ArrowRight" || event.key === "Home" || event.key === "End") completion.close();
    }
    if (mod && (key === "y" || (key === "z" && event.shiftKey)) && onRedo) {
      event.preventDefault();
      return onRedo();
    }
    if (mod && key === "z" && onUndo) {
      event.preventDefault();
      return onUndo();
    }
    if (!mod || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    const el = event.currentTarget;
    const edit = editWeight(el.value, el.selectionStart, el.selectionEnd, event.key === "ArrowUp" ? 1 : -1);
    event.preventDefault();
    if (edit) applyEdit(edit.text, [edit.selectionStart, edit.selectionEnd]);
  };

  const select = (start: number, end: number) => {
    textarea.current?.focus();
    textarea.current?.setSelectionRange(start, end);
  };

  return (
    <section className="rounded-xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-100 px-3 py-2 dark:border-stone-800">
        <label htmlFor={id} className="text-sm font-semibold">{label}</label>
        <div className="flex flex-wrap items-center justify-end gap-2">
          {actions}
          <TokenCounter state={stats} t={t} />
        </div>
      </header>
      <div className="relative">
        <div aria-hidden className="prompt-layer pointer-events-none absolute inset-0 overflow-hidden text-stone-900 dark:text-stone-100">
          <HighlightLayer text={value} spans={spans} chunkStarts={chunkStarts} chunkLabel={t.chunk} dimmed={dimmed} flagged={flagged} />
        </div>
        <textarea
          id={id}
          ref={textarea}
          aria-label={label}
          value={value}
          onChange={(e) => {
            onChange(e.target.value, "typing");
            onInput(e.target);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            completion.warm();
            onFocus?.();
          }}
          onBlur={completion.close}
          onClick={completion.close}
          onCompositionStart={() => {
            composing.current = true;
            completion.close();
          }}
          onCompositionEnd={(e) => {
            composing.current = false;
            onInput(e.currentTarget);
          }}
          aria-autocomplete="list"
          aria-controls={`${id}-suggestions`}
          aria-activedescendant={suggestions ? `${id}-suggestions-${suggestions.active}` : undefined}
          placeholder={placeholder}
          spellCheck={false}
          rows={isNegative ? 3 : 5}
          className="prompt-layer relative block min-h-24 w-full resize-y bg-transparent text-transparent caret-stone-900 outline-none [field-sizing:content] placeholder:text-stone-400 selection:bg-indigo-300/50 selection:text-transparent focus-visible:ring-2 focus-visible:ring-indigo-500/50 dark:caret-stone-100"
        />
        {suggestions ? (
          <CompletionList id={`${id}-suggestions`} state={suggestions} position={popupAt} label={t.suggestions}
            onPick={acceptSuggestion} onHover={(i) => completion.move(i - suggestions.active)} />
        ) : null}
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
