"use client";

import { RENDER_LIMITS as L } from "@/lib/render/render-limits";
import type { PreviewMessages } from "./preview-messages";
import type { PreviewOptions } from "./preview-options";
import { buttonClass, inputClass, labelClass } from "./preview-styles";

/** A1111's variation seed and strength, shown when generation data brought them (strength above 0). */
export function VariationOptions({ options, onChange, m }: { options: PreviewOptions; onChange: (next: Partial<PreviewOptions>) => void; m: PreviewMessages }) {
  if (!options.subseedStrength) return null;
  return (
    <div className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
      <label className={labelClass}>{m.variationSeed}
        <input type="number" min={-1} max={L.maxSeed} value={options.subseed ?? -1} className={inputClass}
          onChange={(e) => onChange({ subseed: e.target.value === "" ? -1 : Number(e.target.value) })} />
      </label>
      <label className={labelClass}>{m.variationStrength}
        <input type="number" min={0} max={1} step={0.01} value={options.subseedStrength} className={inputClass}
          onChange={(e) => onChange({ subseedStrength: e.target.value === "" ? 0 : Number(e.target.value) })} />
      </label>
      <button type="button" className={buttonClass} onClick={() => onChange({ subseedStrength: 0 })}>{m.variationClear}</button>
    </div>
  );
}
