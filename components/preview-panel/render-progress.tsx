"use client";

import { errorText } from "../api-client";
import type { Locale, Messages } from "../i18n/messages";
import type { RenderJobState } from "./use-render-job";

export interface RenderProgressViewProps {
  job: RenderJobState & { busy: boolean };
  width: number;
  height: number;
  locale: Locale;
  t: Messages;
}

/** The place in line or step i/n with an ETA, a progress bar, and the live preview growing sharper. */
export function RenderProgressView({ job, width, height, locale, t }: RenderProgressViewProps) {
  const p = job.progress;
  const fraction = p ? ((Math.max(1, p.image) - 1) * p.steps + p.step) / Math.max(1, p.images * p.steps) : 0;
  const status = job.status === "queued" ? t.previewQueued(job.position)
    : job.status === "running" && p ? `${t.previewStep(p.step, p.steps, p.image, p.images)}${p.etaSeconds !== null ? ` · ${t.previewEta(Math.ceil(p.etaSeconds))}` : ""}`
    : job.status === "running" ? t.previewQueued(0)
    : job.status === "cancelled" ? t.previewCancelled : "";
  return (
    <div className="flex flex-col gap-2">
      {job.busy ? (
        <div role="progressbar" aria-label={t.previewTitle} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}
          className="h-1.5 overflow-hidden rounded bg-stone-200 dark:bg-stone-800">
          <div className="h-full bg-indigo-600 transition-[width]" style={{ width: `${Math.round(fraction * 100)}%` }} />
        </div>
      ) : null}
      <p aria-live="polite" className="text-xs tabular-nums text-stone-500">{status}</p>
      {job.error ? <p role="alert" className="text-xs text-red-600">{errorText(job.error, locale)}</p> : null}
      {job.busy && job.preview ? (
        <img src={job.preview} alt={t.previewLive} style={{ aspectRatio: `${width} / ${height}` }}
          className="w-full rounded border border-stone-200 object-contain dark:border-stone-700" />
      ) : null}
    </div>
  );
}
