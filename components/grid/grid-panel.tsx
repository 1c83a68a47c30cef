"use client";

import { useMemo, useState } from "react";
import type { GridTarget } from "@/lib/grid/grid-spec";
import { targetText } from "@/lib/grid/prompt-variant";
import { errorText } from "../api-client";
import { usePersistentJson } from "../composer/use-persistent-state";
import type { Locale } from "../i18n/messages";
import { DEFAULT_PREVIEW_OPTIONS, PREVIEW_OPTIONS_KEY, type PreviewOptions } from "../preview-panel/preview-options";
import { buttonClass, primaryClass } from "../preview-panel/preview-styles";
import { GridAxisFields } from "./grid-axis-fields";
import { DEFAULT_GRID_FORM, gridBody, type GridForm } from "./grid-form";
import { gridMessages } from "./grid-messages";
import { GridResult } from "./grid-result";
import { useGridEstimate, useGridJob } from "./use-grid-job";

export interface GridPanelProps {
  target: GridTarget;
  prompt: string;
  negative: string;
  disabled: string[];
  onClose: () => void;
  locale: Locale;
}

/**
 * "What does this tag do?": renders the same seed with a tag (or selection) at several weights or with and without it,
 * optionally against sampler, CFG, steps or a second tag, with the preview panel's settings and backend.
 */
export function GridPanel({ target, prompt, negative, disabled, onClose, locale }: GridPanelProps) {
  const g = gridMessages[locale];
  const [stored] = usePersistentJson<PreviewOptions>(PREVIEW_OPTIONS_KEY, DEFAULT_PREVIEW_OPTIONS);
  const options = { ...DEFAULT_PREVIEW_OPTIONS, ...stored };
  const [form, setForm] = useState<GridForm>(DEFAULT_GRID_FORM);
  const texts = useMemo(() => ({ prompt, negative }), [prompt, negative]);
  const tag = targetText(texts[target.field], target);
  const { body, bad } = gridBody(form, target, options, { ...texts, disabled }, locale);
  const { estimate, error: estimateError } = useGridEstimate(tag ? body : null);
  const job = useGridJob();

  return (
    <section aria-label={g.title} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <header className="flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold">{g.title}</h2>
        <button type="button" onClick={onClose} className="text-xs text-stone-500">{g.close}</button>
      </header>
      <p className="text-xs">{g.target}: {tag ? <code className="rounded bg-stone-100 px-1 font-mono dark:bg-stone-800">{tag}</code> : <span role="alert" className="text-red-600">{g.targetMissing}</span>}</p>
      <GridAxisFields form={form} onChange={(next) => setForm((f) => ({ ...f, ...next }))} texts={texts} g={g} />
      <div className="flex flex-col gap-0.5 text-xs">
        {bad.length ? <p role="alert" className="text-red-600">{g.badValues(bad.join(", "))}</p> : null}
        {estimate ? <p role="status" data-testid="grid-estimate">{g.estimate(estimate.images, estimate.seconds, estimate.measured)}</p> : null}
        {estimateError && !bad.length ? <p role="alert" className="text-red-600">{errorText(estimateError, locale)}</p> : null}
        <p className="text-stone-500">{g.seedNote(options.seed)}</p>
      </div>
      <div className="flex items-center gap-2">
        {job.busy
          ? <button type="button" className={buttonClass} onClick={() => void job.cancel()}>{g.cancel}</button>
          : <button type="button" className={primaryClass} disabled={!body || !estimate} onClick={() => void job.start(body)}>{g.start}</button>}
        {job.error ? <span role="alert" className="text-xs text-red-600">{errorText(job.error, locale)}</span> : null}
      </div>
      {job.state ? <GridResult state={job.state} g={g} locale={locale} /> : null}
    </section>
  );
}
