"use client";

import { useEffect, useState } from "react";
import { checkRenderParams } from "@/lib/render/check-render-params";
import { errorText } from "../api-client";
import { usePersistentJson } from "../composer/use-persistent-state";
import type { Locale, Messages } from "../i18n/messages";
import { BackendPicker } from "./backend-picker";
import { Img2imgOptions } from "./img2img-options";
import { DEFAULT_PREVIEW_OPTIONS, PREVIEW_OPTIONS_KEY, renderBody, type PreviewOptions } from "./preview-options";
import { buttonClass, primaryClass } from "./preview-styles";
import { RenderOptions } from "./render-options";
import { RenderProgressView } from "./render-progress";
import { ResultsStrip } from "./results-strip";
import { useRenderJob, type RenderedItem } from "./use-render-job";
import { useRenderSettings } from "./use-render-settings";
import { onRenderSettings } from "./render-settings-events";
import { ModelPicker } from "./model-picker";
import { previewMessages } from "./preview-messages";
import { VariationOptions } from "./variation-options";
import { useRenderShortcuts } from "./use-render-shortcuts";

export interface PreviewPanelProps {
  /** The prompts as they will be rendered (disabled tags already left out), read when Generate is pressed. */
  getPrompts: () => { prompt: string; negative: string };
  /** Called when a render starts (the composer saves the prompts as a version and answers its id). */
  onGenerate?: () => Promise<number | null> | void;
  /** Called with the images once the render finishes, and the version id onGenerate answered. */
  onRendered?: (versionId: number, images: RenderedItem[]) => void;
  locale: Locale;
  t: Messages;
}

/** 预览 / Preview: render the prompts on the built-in pipeline or the user's A1111/ComfyUI, live, with the results in a strip. */
export function PreviewPanel({ getPrompts, onGenerate, onRendered, locale, t }: PreviewPanelProps) {
  const [stored, setStored] = usePersistentJson<PreviewOptions>(PREVIEW_OPTIONS_KEY, DEFAULT_PREVIEW_OPTIONS);
  const m = previewMessages(locale);
  // Generation data pasted into the composer brings its settings here.
  useEffect(() => onRenderSettings(setStored), [setStored]);
  const options = { ...DEFAULT_PREVIEW_OPTIONS, ...stored };
  const change = (next: Partial<PreviewOptions>) => setStored({ ...options, ...next });
  const [image, setImage] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const settings = useRenderSettings();
  const job = useRenderJob();
  const lastSeed = job.results[0]?.seed ?? null;
  const noModel = settings.saved && settings.draft?.backend === "onnx" && !settings.saved.builtin.available ? settings.saved.builtin : null;

  const generate = async () => {
    if (options.mode === "img2img" && !image) return setNote(t.previewNeedImage);
    // The server would refuse these: say so now, in the user's language, instead of sending.
    const problems = checkRenderParams({ ...options, subseed: options.subseedStrength ? options.subseed : undefined,
      denoisingStrength: options.mode === "img2img" ? options.denoisingStrength : undefined });
    if (problems.length) {
      const { validationMessageZh } = await import("@/lib/validation/issue-zh");
      return setNote(m.fixFirst + problems.map((p) => (locale === "zh" ? validationMessageZh(p) ?? p : p)).join(locale === "zh" ? "；" : "; "));
    }
    setNote(null);
    try {
      await settings.save();
    } catch {
      return;
    }
    const { prompt, negative } = getPrompts();
    const version = onGenerate?.();
    await job.start(renderBody(options, prompt, negative, image), (images) => {
      void Promise.resolve(version).then((id) => typeof id === "number" && onRendered?.(id, images));
    });
  };
  useRenderShortcuts({ generate: () => settings.draft && void generate(), cancel: () => void job.cancel(), busy: job.busy });
  const tab = (mode: PreviewOptions["mode"], label: string) => (
    <button type="button" role="tab" aria-selected={options.mode === mode} onClick={() => change({ mode })}
      className={`px-2 py-1 text-xs ${options.mode === mode ? "border-b-2 border-indigo-600 font-semibold" : "text-stone-500"}`}>{label}</button>
  );

  return (
    <section aria-label={t.previewTitle} className="rounded-xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <header className="flex items-center justify-between gap-2 border-b border-stone-100 px-3 py-1 dark:border-stone-800">
        <h2 className="text-sm font-semibold">{t.previewTitle}</h2>
        <div role="tablist" className="flex">{tab("txt2img", t.previewTabText)}{tab("img2img", t.previewTabImage)}</div>
      </header>
      <div className="flex flex-col gap-3 p-3">
        {settings.draft ? <BackendPicker draft={settings.draft} onChange={settings.setDraft} onSave={(next) => void settings.save(next).catch(() => undefined)} t={t} /> : null}
        {settings.draft?.backend === "onnx" ? <ModelPicker value={options.model} onChange={(model) => change({ model })} m={m} /> : null}
        {settings.error ? <p role="alert" className="text-xs text-red-600">{errorText(settings.error, locale)}</p> : null}
        {noModel ? (
          <div role="note" className="rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-800 dark:bg-amber-950 dark:text-amber-300">
            <p>{t.previewNoModel}</p>
            <code className="mt-1 block select-all font-mono">npx promptstudio models pull &lt;repo&gt;</code>
          </div>
        ) : null}
        {options.mode === "img2img" ? <Img2imgOptions options={options} onChange={change} image={image} onImage={(url, error) => { setImage(url); setNote(error); }} t={t} /> : null}
        <RenderOptions options={options} onChange={change} lastSeed={lastSeed} t={t} />
        <VariationOptions options={options} onChange={change} m={m} />
        <div className="flex items-center gap-2">
          {job.busy
            ? <button type="button" className={buttonClass} onClick={() => void job.cancel()}>{t.previewCancel}</button>
            : <button type="button" className={primaryClass} disabled={!settings.draft} onClick={() => void generate()}>{t.previewGenerate}</button>}
          {note ? <span role="alert" className="text-xs text-red-600">{note}</span> : null}
        </div>
        <RenderProgressView job={job} width={options.width} height={options.height} locale={locale} t={t} />
        <ResultsStrip results={job.results} onUseSeed={(seed) => change({ seed })} locale={locale} t={t} />
      </div>
    </section>
  );
}
