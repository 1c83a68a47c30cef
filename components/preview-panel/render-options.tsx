"use client";

import { SAMPLER_NAMES, type SamplerName } from "@/lib/diffusion/sampling-types";
import { RENDER_LIMITS as L } from "@/lib/render/render-limits";
import type { Messages } from "../i18n/messages";
import type { PreviewOptions } from "./preview-options";
import { buttonClass, inputClass, labelClass } from "./preview-styles";
import { SD1_PRESETS, XL_PRESETS } from "./size-presets";

export interface RenderOptionsProps {
  options: PreviewOptions;
  onChange: (next: Partial<PreviewOptions>) => void;
  lastSeed: number | null;
  t: Messages;
}

const number = (value: string, fallback: number) => (value.trim() === "" || Number.isNaN(Number(value)) ? fallback : Number(value));

/** Sampler, steps, CFG, seed (🎲 / ♻), size presets by aspect ratio, and batch count and size. */
export function RenderOptions({ options, onChange, lastSeed, t }: RenderOptionsProps) {
  const sizeKey = `${options.width}x${options.height}`;
  return (
    <div className="grid grid-cols-2 gap-2">
      <label className={labelClass}>{t.previewSampler}
        <select value={options.sampler} onChange={(e) => onChange({ sampler: e.target.value as SamplerName })} className={inputClass}>
          {SAMPLER_NAMES.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </label>
      <label className={labelClass}>{t.previewSteps}
        <input type="number" min={L.minSteps} max={L.maxSteps} value={options.steps} className={inputClass}
          onChange={(e) => onChange({ steps: number(e.target.value, options.steps) })} />
      </label>
      <label className={labelClass}>
        <span>{t.previewCfg} <span className="text-stone-400">· {t.previewCfgHint}</span></span>
        <input type="number" min={L.minCfg} max={L.maxCfg} step={0.5} value={options.cfgScale} className={inputClass}
          onChange={(e) => onChange({ cfgScale: number(e.target.value, options.cfgScale) })} />
      </label>
      <div className={labelClass}>
        <label htmlFor="preview-seed">{t.previewSeed}</label>
        <div className="flex gap-1">
          <input id="preview-seed" type="number" min={-1} max={L.maxSeed} value={options.seed} className={inputClass}
            onChange={(e) => onChange({ seed: number(e.target.value, options.seed) })} />
          <button type="button" className={buttonClass} title={t.previewRandomSeed} aria-label={t.previewRandomSeed} onClick={() => onChange({ seed: -1 })}>🎲</button>
          <button type="button" className={buttonClass} title={t.previewLastSeed} aria-label={t.previewLastSeed} disabled={lastSeed === null}
            onClick={() => lastSeed !== null && onChange({ seed: lastSeed })}>♻</button>
        </div>
      </div>
      <label className={`${labelClass} col-span-2`}>{t.previewSize}
        <select value={sizeKey} onChange={(e) => {
          const [width, height] = e.target.value.split("x").map(Number);
          onChange({ width, height });
        }} className={inputClass}>
          {[...SD1_PRESETS, ...XL_PRESETS].some((p) => `${p.width}x${p.height}` === sizeKey) ? null : <option value={sizeKey}>{sizeKey}</option>}
          <optgroup label={t.previewPresetsSd1}>{SD1_PRESETS.map((p) => <option key={p.ratio} value={`${p.width}x${p.height}`}>{`${p.ratio} · ${p.width}×${p.height}`}</option>)}</optgroup>
          <optgroup label={t.previewPresetsXl}>{XL_PRESETS.map((p) => <option key={p.ratio} value={`${p.width}x${p.height}`}>{`${p.ratio} · ${p.width}×${p.height}`}</option>)}</optgroup>
        </select>
      </label>
      <label className={labelClass}>{t.previewWidth}
        <input type="number" min={L.minSide} max={L.maxSide} step={L.sideMultiple} value={options.width} className={inputClass}
          onChange={(e) => onChange({ width: number(e.target.value, options.width) })} />
      </label>
      <label className={labelClass}>{t.previewHeight}
        <input type="number" min={L.minSide} max={L.maxSide} step={L.sideMultiple} value={options.height} className={inputClass}
          onChange={(e) => onChange({ height: number(e.target.value, options.height) })} />
      </label>
      <label className={labelClass}>{t.previewBatchCount}
        <input type="number" min={1} max={L.maxBatchCount} value={options.batchCount} className={inputClass}
          onChange={(e) => onChange({ batchCount: number(e.target.value, options.batchCount) })} />
      </label>
      <label className={labelClass}>{t.previewBatchSize}
        <input type="number" min={1} max={L.maxBatchSize} value={options.batchSize} className={inputClass}
          onChange={(e) => onChange({ batchSize: number(e.target.value, options.batchSize) })} />
      </label>
    </div>
  );
}
