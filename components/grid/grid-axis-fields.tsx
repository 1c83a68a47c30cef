"use client";

import { splitPromptParts, tagIndices } from "@/lib/prompt/tag-parts";
import { buttonClass, inputClass, labelClass } from "../preview-panel/preview-styles";
import { DEFAULT_Y_VALUES, type GridForm } from "./grid-form";
import type { GridMessages } from "./grid-messages";

const tagsOf = (text: string) => {
  const split = splitPromptParts(text);
  return tagIndices(split).map((slot) => split.parts[slot].body);
};

/** The axes' fields: weights or with/without across, and optionally sampler, CFG, steps or a second tag down. */
export function GridAxisFields({ form, onChange, texts, g }: {
  form: GridForm; onChange: (next: Partial<GridForm>) => void; texts: { prompt: string; negative: string }; g: GridMessages;
}) {
  const tab = (kind: GridForm["xKind"], label: string) => (
    <button type="button" role="radio" aria-checked={form.xKind === kind} onClick={() => onChange({ xKind: kind })}
      className={`${buttonClass} ${form.xKind === kind ? "border-indigo-600 font-semibold" : ""}`}>{label}</button>
  );
  return (
    <div className="grid grid-cols-2 gap-2">
      <div className={labelClass}>
        <span>{g.xKind}</span>
        <div role="radiogroup" aria-label={g.xKind} className="flex gap-1">{tab("weight", g.weights)}{tab("toggle", g.toggle)}</div>
      </div>
      {form.xKind === "weight" ? (
        <label className={labelClass}>{g.weightValues}
          <input value={form.weights} onChange={(e) => onChange({ weights: e.target.value })} className={inputClass} />
        </label>
      ) : <span />}
      <label className={labelClass}>{g.yKind}
        <select value={form.yKind} className={inputClass} onChange={(e) => {
          const yKind = e.target.value as GridForm["yKind"];
          onChange({ yKind, yValues: DEFAULT_Y_VALUES[yKind] });
        }}>
          <option value="none">{g.yNone}</option>
          <option value="sampler">{g.ySampler}</option>
          <option value="cfg">{g.yCfg}</option>
          <option value="steps">{g.ySteps}</option>
          <option value="tag">{g.yTag}</option>
        </select>
      </label>
      {form.yKind !== "none" ? (
        <label className={labelClass}>{form.yKind === "tag" ? g.weightValues : g.yValues}
          <input value={form.yValues} onChange={(e) => onChange({ yValues: e.target.value })} className={inputClass} />
        </label>
      ) : null}
      {form.yKind === "tag" ? (
        <label className={`${labelClass} col-span-2`}>{g.yTagPick}
          <select value={form.yTag} onChange={(e) => onChange({ yTag: e.target.value })} className={inputClass}>
            <option value="" disabled>…</option>
            {(["prompt", "negative"] as const).flatMap((field) => tagsOf(texts[field]).map((tag, i) => (
              <option key={`${field}:${i}`} value={`${field}:${i}`}>{field === "negative" ? `− ${tag}` : tag}</option>
            )))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
