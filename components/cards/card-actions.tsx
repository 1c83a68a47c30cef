"use client";

import { useState } from "react";
import type { Card } from "@/lib/cards/card";
import { infotextParams } from "@/lib/cards/card";
import { formatInfotext } from "@/lib/infotext/format-infotext";
import { convertPrompt, type PromptSyntax } from "@/lib/prompt/convert";
import type { CardMessages } from "./card-messages";

const FORMATS: Array<{ id: PromptSyntax; label: string }> = [
  { id: "a1111", label: "A1111 / Forge" }, { id: "comfyui", label: "ComfyUI" }, { id: "novelai", label: "NovelAI" }, { id: "midjourney", label: "Midjourney" },
];
const button = "rounded-md border border-stone-300 px-2.5 py-1 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

/** Copy the card in each syntax or as generation data, open it in the composer, export it (labels in the user's language). */
export function CardActions({ card, m }: { card: Card; m: CardMessages }) {
  const [note, setNote] = useState("");
  const copy = async (text: string, what: string, warnings: string[] = []) => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(`${m.copied(what)}${warnings.length ? ` — ${m.notCarried(warnings.join(", "))}` : ""}`);
    } catch {
      setNote(m.copyFailed);
    }
  };
  const openInComposer = () => {
    localStorage.setItem("ps.prompt", JSON.stringify(card.prompt));
    localStorage.setItem("ps.negative", JSON.stringify(card.negative));
    window.location.href = "/";
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {FORMATS.map((f) => (
          <button key={f.id} type="button" className={button} onClick={() => {
            const out = convertPrompt(card.prompt, "a1111", f.id, card.negative);
            const text = f.id === "midjourney" || !out.negative ? out.text : `${out.text}\n\nNegative: ${out.negative}`;
            void copy(text, f.label, out.warnings.map((w) => w.source));
          }}>{m.copyAs(f.label)}</button>
        ))}
        <button type="button" className={button} onClick={() => copy(formatInfotext(card.prompt, card.negative, infotextParams(card.params)), m.generationData)}>
          {m.copyData}
        </button>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={`${button} border-indigo-600 bg-indigo-600 text-white hover:bg-indigo-700`} onClick={openInComposer}>{m.openInComposer}</button>
        <a className={button} href={`/api/cards/${card.slug}/export?format=png`}>PNG</a>
        <a className={button} href={`/api/cards/${card.slug}/export?format=json`}>JSON</a>
      </div>
      <p role="status" className="text-xs text-stone-500">{note}</p>
    </div>
  );
}
