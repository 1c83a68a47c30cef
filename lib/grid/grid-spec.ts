import type { SamplerName } from "../diffusion/sampling-types";
import type { RenderRequest } from "../render/render-types";

/** Which prompt a tag or selection lives in. */
export type GridField = "prompt" | "negative";

/** What a tag axis changes: tag `tag` (counted like the chips) or the characters `start..end` (a selection). */
export type GridTarget = { field: GridField; tag: number } | { field: GridField; start: number; end: number };

/** One axis of a grid: a tag's weight (0 removes it), a tag with and without, or a render setting. */
export type GridAxis =
  | { kind: "weight"; target: GridTarget; values: number[] }
  | { kind: "toggle"; target: GridTarget }
  | { kind: "sampler"; values: SamplerName[] }
  | { kind: "cfg"; values: number[] }
  | { kind: "steps"; values: number[] };

/** The render every cell starts from: one image, a fixed seed (-1 is resolved before planning). */
export type GridBase = Omit<RenderRequest, "img2img" | "batchCount" | "batchSize"> & {
  /** Tags switched off in the composer: left out of every cell (unless an axis targets them). */
  disabled?: string[];
};

/** A grid: the base render, the X axis (columns) and an optional Y axis (rows). */
export interface GridSpec {
  base: GridBase;
  x: GridAxis;
  y: GridAxis | null;
}

/** The most cells one grid may have. */
export const MAX_GRID_CELLS = 64;

/** The weights a "what does this tag do" grid starts with. */
export const DEFAULT_GRID_WEIGHTS = [0, 0.7, 1, 1.3, 1.6];
