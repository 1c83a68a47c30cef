import type { NoiseSource, SamplerName } from "../diffusion/sampling-types";
import type { ResizeMode } from "./render-types";
import { PROMPT_LIMITS } from "../prompt/prompt-limits";

/** The bounds every render request stays within, whatever the backend (the preview panel shows the same ones). */
export const RENDER_LIMITS = {
  minSide: 64,
  maxSide: 2048,
  sideMultiple: 8,
  minSteps: PROMPT_LIMITS.minSteps,
  maxSteps: PROMPT_LIMITS.maxSteps,
  minCfg: 0,
  maxCfg: 30,
  maxBatchCount: 16,
  maxBatchSize: 8,
  maxSeed: 2 ** 32 - 1,
  maxImageBytes: 20 * 1024 * 1024,
  maxPromptChars: PROMPT_LIMITS.maxChars,
} as const;

/** A1111's img2img resize modes, in the order of its `resize_mode` numbers (0, 1, 2). */
export const RESIZE_MODES = ["just-resize", "crop-and-resize", "resize-and-fill"] as const satisfies readonly ResizeMode[];

/** What a new preview starts with: A1111's own defaults. */
export const RENDER_DEFAULTS: {
  sampler: SamplerName;
  steps: number;
  cfgScale: number;
  seed: number;
  width: number;
  height: number;
  batchCount: number;
  batchSize: number;
  noiseSource: NoiseSource;
  resizeMode: ResizeMode;
  denoisingStrength: number;
} = {
  sampler: "Euler a",
  steps: 20,
  cfgScale: 7,
  seed: -1,
  width: 512,
  height: 512,
  batchCount: 1,
  batchSize: 1,
  noiseSource: "nv",
  resizeMode: "just-resize",
  denoisingStrength: 0.75,
};
