import { z } from "zod";
import { SAMPLER_NAMES } from "@/lib/diffusion/sampling-types";
import { MAX_GRID_CELLS } from "@/lib/grid/grid-spec";
import { RENDER_LIMITS as L } from "@/lib/render/render-limits";
import { renderParamsShape } from "@/lib/render/render-request-schema";

const field = z.enum(["prompt", "negative"]);
const index = z.number().int().min(0).max(L.maxPromptChars);
const target = z.union([z.object({ field, tag: index }), z.object({ field, start: index, end: index })]);
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1, "an axis needs at least one value").max(MAX_GRID_CELLS);

const axis = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("weight"), target, values: list(z.number().min(-2).max(4)) }),
  z.object({ kind: z.literal("toggle"), target }),
  z.object({ kind: z.literal("sampler"), values: list(z.enum(SAMPLER_NAMES)) }),
  z.object({ kind: z.literal("cfg"), values: list(z.number().min(L.minCfg).max(L.maxCfg)) }),
  z.object({ kind: z.literal("steps"), values: list(z.number().int().min(L.minSteps).max(L.maxSteps)) }),
]);

/** POST /api/grid and /api/grid/estimate: the base render (one image per cell), the axes and the labels' language. */
export const gridBodySchema = z.object({
  base: z.object(renderParamsShape).omit({ batchCount: true, batchSize: true })
    .extend({ disabled: z.array(z.string().max(1000)).max(500).default([]) }),
  x: axis,
  y: axis.nullable().default(null),
  locale: z.enum(["zh", "en"]).default("en"),
});
