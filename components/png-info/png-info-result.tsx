"use client";

import { Fragment, useState } from "react";
import { formatInfotext } from "@/lib/infotext/format-infotext";
import { GENERATION_SOURCE_NAMES, type GenerationData } from "@/lib/infotext/generation-data";
import { shownParams } from "@/lib/infotext/shown-params";
import type { PngInfoMessages } from "./png-info-messages";

const button = "rounded-md border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

/** What the image or text says: its picture, prompt, negative and parameters, each with a copy button; the full parse folded. */
export function PngInfoResult({ result, image, onUse, m }: { result: GenerationData; image: string | null; onUse: () => void; m: PngInfoMessages }) {
  const [note, setNote] = useState("");
  const shown = shownParams(result);
  const asWritten = Object.fromEntries(shown.map(([k, v]) => [k, /^\d+×\d+$/.test(v) ? v.replace("×", "x") : v]));
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(`${m.copied}: ${what}`);
    } catch {
      setNote(m.copyFailed);
    }
  };
  const block = (label: string, text: string, testId: string) => (
    <div>
      <div className="flex items-center gap-2">
        <h2 className="text-sm font-semibold">{label}</h2>
        <button type="button" className={button} aria-label={`${m.copy} ${label}`} disabled={!text} onClick={() => copy(text, label)}>{m.copy}</button>
      </div>
      <p data-testid={testId} className="font-mono text-sm break-words whitespace-pre-wrap">{text}</p>
    </div>
  );
  return (
    <section aria-label={m.result} className="flex flex-col gap-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
      <p className="text-xs text-stone-500" data-testid="pnginfo-source">
        {m.source}: {GENERATION_SOURCE_NAMES[result.source] ?? result.source}{result.hiddenIn ? ` (${m.hiddenIn[result.hiddenIn]})` : ""}
      </p>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_auto]">
        <div className="flex min-w-0 flex-col gap-3">
          {block(m.prompt, result.prompt, "pnginfo-prompt")}
          {block(m.negative, result.negative, "pnginfo-negative")}
          <div>
            <div className="flex items-center gap-2">
              <h2 className="text-sm font-semibold">{m.parameters}</h2>
              <button type="button" className={button} aria-label={`${m.copy} ${m.parameters}`} disabled={shown.length === 0}
                onClick={() => copy(formatInfotext("", "", asWritten), m.parameters)}>{m.copy}</button>
            </div>
            {shown.length ? (
              <dl data-testid="pnginfo-params" className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                {shown.map(([k, v]) => (<Fragment key={k}><dt className="text-stone-500">{k}</dt><dd className="break-all">{v}</dd></Fragment>))}
              </dl>
            ) : <p className="text-xs text-stone-500">{m.noParameters}</p>}
          </div>
        </div>
        {image ? <img src={image} alt={m.image} data-testid="pnginfo-image" className="max-h-80 max-w-full self-start rounded-lg border border-stone-200 sm:max-w-xs dark:border-stone-800" /> : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={`${button} border-indigo-600 bg-indigo-600 text-white hover:bg-indigo-700`} title={m.useInComposerHint} onClick={onUse}>{m.useInComposer}</button>
        <button type="button" className={button} onClick={() => copy(formatInfotext(result.prompt, result.negative, asWritten), m.copyAll)}>{m.copyAll}</button>
        <span role="status" className="text-xs text-stone-500">{note}</span>
      </div>
      <details className="text-xs">
        <summary className="cursor-pointer text-stone-500">{m.fullParse}</summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3">
          {Object.entries(result.params).filter(([k]) => k !== "Prompt" && k !== "Negative prompt")
            .map(([k, v]) => (<Fragment key={k}><dt className="text-stone-500">{k}</dt><dd className="break-all">{String(v)}</dd></Fragment>))}
        </dl>
      </details>
    </section>
  );
}
