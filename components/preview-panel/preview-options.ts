import type { SamplerName } from "@/lib/diffusion/sampling-types";
import { RENDER_DEFAULTS } from "@/lib/render/render-limits";
import type { ResizeMode } from "@/lib/render/render-types";

/** What the preview panel remembers between visits (the prompts come from the editors). */
export interface PreviewOptions {
  mode: "txt2img" | "img2img";
  sampler: SamplerName;
  steps: number;
  cfgScale: number;
  seed: number;
  width: number;
  height: number;
  batchCount: number;
  batchSize: number;
  resizeMode: ResizeMode;
  denoisingStrength: number;
  /** The built-in model's id; null: the newest registered one. */
  model: string | null;
  /** A1111's variation seed and its strength (0 or absent: none). */
  subseed?: number;
  subseedStrength?: number;
}

export const DEFAULT_PREVIEW_OPTIONS: PreviewOptions = {
  mode: "txt2img",
  sampler: RENDER_DEFAULTS.sampler,
  steps: RENDER_DEFAULTS.steps,
  cfgScale: RENDER_DEFAULTS.cfgScale,
  seed: RENDER_DEFAULTS.seed,
  width: RENDER_DEFAULTS.width,
  height: RENDER_DEFAULTS.height,
  batchCount: RENDER_DEFAULTS.batchCount,
  batchSize: RENDER_DEFAULTS.batchSize,
  resizeMode: RENDER_DEFAULTS.resizeMode,
  denoisingStrength: RENDER_DEFAULTS.denoisingStrength,
  model: null,
};

/** Where the panel keeps its options (PNG Info and pasted generation data write to it too). */
export const PREVIEW_OPTIONS_KEY = "ps.previewOptions";

/** The body of POST /api/render for these options, the prompts and (img2img) the input image as a data: URL. */
export function renderBody(options: PreviewOptions, prompt: string, negative: string, image: string | null) {
  const { mode, resizeMode, denoisingStrength, subseed, subseedStrength, ...params } = options;
  const variation = subseedStrength ? { subseed: subseed ?? -1, subseedStrength } : {};
  return { ...params, ...variation, prompt, negative, ...(mode === "img2img" && image ? { img2img: { image, resizeMode, denoisingStrength } } : {}) };
}
