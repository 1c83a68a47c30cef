"use client";

import { RENDER_LIMITS, RESIZE_MODES } from "@/lib/render/render-limits";
import type { ResizeMode } from "@/lib/render/render-types";
import type { Messages } from "../i18n/messages";
import type { PreviewOptions } from "./preview-options";
import { inputClass, labelClass } from "./preview-styles";

export interface Img2imgOptionsProps {
  options: PreviewOptions;
  onChange: (next: Partial<PreviewOptions>) => void;
  /** The input image as a data: URL. */
  image: string | null;
  onImage: (dataUrl: string | null, error: string | null) => void;
  t: Messages;
}

/** img2img: the input image, A1111's resize modes and the denoising strength. */
export function Img2imgOptions({ options, onChange, image, onImage, t }: Img2imgOptionsProps) {
  const pick = (file: File | undefined) => {
    if (!file) return onImage(null, null);
    if (file.size > RENDER_LIMITS.maxImageBytes) return onImage(null, t.previewImageTooLarge);
    const reader = new FileReader();
    reader.onload = () => onImage(String(reader.result), null);
    reader.readAsDataURL(file);
  };
  return (
    <div className="flex flex-col gap-2">
      <label className={labelClass}>{t.previewInputImage}
        <input type="file" accept="image/png,image/jpeg,image/webp" className="text-xs" onChange={(e) => pick(e.target.files?.[0])} />
      </label>
      {image ? <img src={image} alt={t.previewInputImage} className="max-h-32 self-start rounded border border-stone-200 dark:border-stone-700" /> : null}
      <div className="grid grid-cols-2 gap-2">
        <label className={labelClass}>{t.previewResizeMode}
          <select value={options.resizeMode} className={inputClass} onChange={(e) => onChange({ resizeMode: e.target.value as ResizeMode })}>
            {RESIZE_MODES.map((m) => <option key={m} value={m}>{t.previewResizeModes[m]}</option>)}
          </select>
        </label>
        <label className={labelClass}>
          <span>{t.previewDenoising} <output className="tabular-nums">{options.denoisingStrength.toFixed(2)}</output></span>
          <input type="range" min={0} max={1} step={0.01} value={options.denoisingStrength}
            onChange={(e) => onChange({ denoisingStrength: Number(e.target.value) })} />
        </label>
      </div>
    </div>
  );
}
