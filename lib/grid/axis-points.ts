import type { SamplerName } from "../diffusion/sampling-types";
import type { Locale } from "../prompt/messages";
import type { GridAxis, GridTarget } from "./grid-spec";
import { targetText } from "./prompt-variant";

/** One value along an axis: what it changes in a cell and its label in the UI language. */
export interface AxisPoint {
  label: string;
  weight?: { target: GridTarget; weight: number | null };
  sampler?: SamplerName;
  cfgScale?: number;
  steps?: number;
}

/** An axis's points and its title, e.g. title `weight of "smile"` with labels "0 · removed", "0.7", "1.0" … */
export interface AxisPoints {
  title: string;
  points: AxisPoint[];
}

const WORDS = {
  en: { removed: "removed", with: "with", without: "without", weightOf: (t: string) => `weight of "${t}"`, sampler: "Sampler", steps: "Steps", step: (n: number) => `${n} steps` },
  zh: { removed: "去掉", with: "有", without: "无", weightOf: (t: string) => `「${t}」的权重`, sampler: "采样器", steps: "步数", step: (n: number) => `${n} 步` },
} as const;

/** A weight as A1111 users read it: 1 → "1.0", 0.7 → "0.7", 1.25 → "1.25". */
export const formatWeight = (w: number) => (Number.isInteger(w) ? w.toFixed(1) : String(Math.round(w * 100) / 100));

/**
 * The points of an axis over the prompts `texts` (to name the tag), labelled in `locale`.
 * @example axisPoints({ kind: "cfg", values: [5, 7] }, { prompt: "", negative: "" }, "en").points.map((p) => p.label) // ["CFG 5", "CFG 7"]
 */
export function axisPoints(axis: GridAxis, texts: { prompt: string; negative: string }, locale: Locale): AxisPoints {
  const w = WORDS[locale];
  switch (axis.kind) {
    case "weight": {
      const tag = targetText(texts[axis.target.field], axis.target);
      return {
        title: w.weightOf(tag),
        points: axis.values.map((v) => ({ label: v === 0 ? `0 · ${w.removed}` : formatWeight(v), weight: { target: axis.target, weight: v } })),
      };
    }
    case "toggle": {
      const tag = targetText(texts[axis.target.field], axis.target);
      return { title: tag, points: [{ label: `${w.with} ${tag}`, weight: { target: axis.target, weight: null } }, { label: `${w.without} ${tag}`, weight: { target: axis.target, weight: 0 } }] };
    }
    case "sampler":
      return { title: w.sampler, points: axis.values.map((sampler) => ({ label: sampler, sampler })) };
    case "cfg":
      return { title: "CFG", points: axis.values.map((cfgScale) => ({ label: `CFG ${cfgScale}`, cfgScale })) };
    case "steps":
      return { title: w.steps, points: axis.values.map((steps) => ({ label: w.step(steps), steps })) };
  }
}
