"use client";

import { useEffect, useState } from "react";
import type { PromptSyntax } from "@/lib/prompt/convert";
import type { Messages } from "../i18n/messages";

// The converters are needed only when a button is clicked: they load after the first paint, off the page's first-load
// budget, and are there by the time anyone clicks (a click before that waits for them).
const loadConverters = () => Promise.all([import("@/lib/prompt/convert"), import("@/lib/infotext/format-infotext")])
  .then(([{ convertPrompt }, { formatInfotext }]) => ({ convertPrompt, formatInfotext }));
type Converters = Awaited<ReturnType<typeof loadConverters>>;
let converters: Promise<Converters> | null = null;
const converting = () => {
  converters ??= loadConverters();
  converters.catch(() => (converters = null));
  return converters;
};

const FORMATS: Array<{ id: PromptSyntax; label: string }> = [
  { id: "a1111", label: "A1111 / Forge" }, { id: "comfyui", label: "ComfyUI" }, { id: "novelai", label: "NovelAI" }, { id: "midjourney", label: "Midjourney" },
];

/** Copies the prompt (switched-off tags already left out) in each syntax, or both prompts as A1111 generation data. */
export function CopyMenu({ prompt, negative, onCopied, t }: { prompt: string; negative: string; onCopied: () => void; t: Messages }) {
  const [note, setNote] = useState<string>("");
  const [loaded, setLoaded] = useState<Converters | null>(null);
  useEffect(() => {
    let live = true;
    converting().then((c) => live && setLoaded(c), () => {});
    return () => {
      live = false;
    };
  }, []);
  // Copies what `make` gives from the converters (a failed load or write says so, and the prompt stays as it is).
  const copy = async (make: (c: Converters) => { text: string; lost: string[] }, label: string) => {
    try {
      const { text, lost } = make(loaded ?? (await converting()));
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
          onClick={() => void copy(({ convertPrompt }) => {
            const out = convertPrompt(prompt, "a1111", f.id, negative || undefined);
            const text = f.id === "midjourney" || !out.negative ? out.text : `${out.text}\nNegative prompt: ${out.negative}`;
            return { text, lost: out.warnings.map((w) => w.source) };
          }, f.label)}>{f.label}</button>
      ))}
      <button type="button" className="rounded-md border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
        onClick={() => void copy(({ formatInfotext }) => ({ text: formatInfotext(prompt, negative, {}), lost: [] }), t.generationData)}>{t.generationData}</button>
      <span role="status" data-testid="copy-status" className="text-xs text-stone-500">{note}</span>
    </div>
  );
}
