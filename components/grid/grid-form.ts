import type { Locale } from "@/lib/prompt/messages";
import { DEFAULT_GRID_WEIGHTS, type GridAxis, type GridTarget } from "@/lib/grid/grid-spec";
import { parseNumberValues, parseSamplerValues } from "@/lib/grid/parse-axis-values";
import type { PreviewOptions } from "../preview-panel/preview-options";

/** What the grid panel's fields hold. */
export interface GridForm {
  xKind: "weight" | "toggle";
  weights: string;
  yKind: "none" | "sampler" | "cfg" | "steps" | "tag";
  yValues: string;
  /** The second tag, "prompt:3" or "negative:0". */
  yTag: string;
}

export const DEFAULT_GRID_FORM: GridForm = { xKind: "weight", weights: DEFAULT_GRID_WEIGHTS.join(", "), yKind: "none", yValues: "", yTag: "" };

/** What a Y axis of each kind starts with. */
export const DEFAULT_Y_VALUES: Record<GridForm["yKind"], string> = { none: "", sampler: "Euler a, DDIM", cfg: "4, 7, 10", steps: "10, 20, 30", tag: "0, 1" };

/**
 * The body of POST /api/grid for the form, the preview panel's settings and the prompts; `bad` lists what could not
 * be read (the body is null then).
 */
export function gridBody(form: GridForm, target: GridTarget, options: PreviewOptions, texts: { prompt: string; negative: string; disabled: string[] }, locale: Locale) {
  const bad: string[] = [];
  const numbers = (text: string) => {
    const parsed = parseNumberValues(text);
    bad.push(...parsed.bad);
    return parsed.values;
  };
  const x: GridAxis = form.xKind === "toggle" ? { kind: "toggle", target } : { kind: "weight", target, values: numbers(form.weights) };
  let y: GridAxis | null = null;
  if (form.yKind === "sampler") {
    const parsed = parseSamplerValues(form.yValues);
    bad.push(...parsed.bad);
    y = { kind: "sampler", values: parsed.values };
  } else if (form.yKind === "cfg" || form.yKind === "steps") y = { kind: form.yKind, values: numbers(form.yValues) };
  else if (form.yKind === "tag") {
    const [field, tag] = form.yTag.split(":");
    if (field === "prompt" || field === "negative") y = { kind: "weight", target: { field, tag: Number(tag) }, values: numbers(form.yValues) };
  }
  const { sampler, steps, cfgScale, seed, width, height, model, subseed, subseedStrength } = options;
  const variation = subseedStrength ? { subseed: subseed ?? -1, subseedStrength } : {};
  const base = { prompt: texts.prompt, negative: texts.negative, disabled: texts.disabled, sampler, steps, cfgScale, seed, width, height, model, ...variation };
  return { body: bad.length ? null : { base, x, y, locale }, bad };
}
