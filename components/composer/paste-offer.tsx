"use client";

import { useCallback, useState, type ClipboardEvent } from "react";
import { looksLikeGenerationText } from "@/lib/infotext/looks-like-generation-text";
import type { Locale } from "../i18n/messages";
import type { ComposerSnapshot } from "./use-composer-state";

const TEXT = {
  zh: { found: "粘贴的内容像是 A1111 生成参数（提示词、反向提示词和参数）。", split: "拆分到正向、反向提示词和预览参数", keep: "保持原样", done: "已拆分，可用撤销恢复。" },
  en: { found: "What you pasted looks like A1111 generation data (prompt, negative prompt and parameters).", split: "Split into prompt, negative and parameters", keep: "Keep as is", done: "Split. Undo brings the pasted text back." },
};
const button = "rounded-md border border-amber-400 px-2 py-0.5 text-xs hover:bg-amber-100 dark:border-amber-700 dark:hover:bg-amber-900";

/**
 * Notices A1111 generation data pasted into a prompt box (as A1111's ↙ button reads it) and offers to split it into
 * the prompt, the negative and the preview panel's parameters in one undoable step. Returns the paste handler for the
 * editors' container and the offer to show.
 */
export function usePasteOffer(update: (change: Partial<ComposerSnapshot>) => void, locale: Locale) {
  const [pasted, setPasted] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const onPaste = useCallback((e: ClipboardEvent) => {
    const text = e.clipboardData.getData("text/plain");
    if (e.target instanceof HTMLTextAreaElement && looksLikeGenerationText(text)) {
      setPasted(text);
      setDone(false);
    }
  }, []);
  const t = TEXT[locale];
  const split = async () => {
    if (pasted === null) return;
    // The parser loads only now: the composer's first load stays small.
    const [{ splitGenerationText }, { applyInfotextSettings }] = await Promise.all([import("@/lib/infotext/generation-text"), import("../preview-panel/infotext-settings")]);
    const { prompt, negative, params } = splitGenerationText(pasted);
    update({ prompt, negative });
    void applyInfotextSettings(params);
    setPasted(null);
    setDone(true);
  };
  const offer = pasted !== null ? (
    <div role="note" aria-label={t.found} className="flex flex-wrap items-center gap-2 rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
      <span>{t.found}</span>
      <button type="button" className={button} onClick={() => void split()}>{t.split}</button>
      <button type="button" className={button} onClick={() => setPasted(null)}>{t.keep}</button>
    </div>
  ) : done ? <p role="status" className="text-xs text-stone-500">{t.done}</p> : null;
  return { onPaste, offer };
}
