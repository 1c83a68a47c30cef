"use client";

import { useState } from "react";
import { formatInfotext } from "@/lib/infotext/format-infotext";
import { convertPrompt, type PromptSyntax } from "@/lib/prompt/convert";
import type { Messages } from "../i18n/messages";

const FORMATS: Array<{ id: PromptSyntax; label: string }> = [
  { id: "a1111", label: "A1111 / Forge" }, { id: "comfyui", label: "ComfyUI" }, { id: "novelai", label: "NovelAI" }, { id: "midjourney", label: "Midjourney" },
];

/** Copies the prompt (switched-off tags already left out) in each syntax, or both prompts as A1111 generation data. */
export function CopyMenu({ prompt, negative, onCopied, t }: { prompt: string; negative: string; onCopied: () => void; t: Messages }) {
  const [note, setNote] = useState<string>("");
  const copy = async (text: string, label: string, lost: string[]) => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(`${t.copied}: ${label}${lost.length ? ` · ${t.notCarried}${lost.join(", ")}` : ""}`);
      onCopied();
    } catch {
      setNote(t.copyFailed);
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label={t.copyAs}>
      <span className="text-xs font-semibold text-stone-500">{t.copyAs}</span>
      {FORMATS.map((f) => (
        <button key={f.id} type="button" className="rounded-md border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
          onClick={() => {
            const out = convertPrompt(prompt, "a1111", f.id, negative || undefined);
            const text = f.id === "midjourney" || !out.negative ? out.text : `${out.text}\nNegative prompt: ${out.negative}`;
            void copy(text, f.label, out.warnings.map((w) => w.source));
          }}>{f.label}</button>
      ))}
      <button type="button" className="rounded-md border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
        onClick={() => copy(formatInfotext(prompt, negative, {}), t.generationData, [])}>{t.generationData}</button>
      <span role="status" data-testid="copy-status" className="text-xs text-stone-500">{note}</span>
    </div>
  );
}
