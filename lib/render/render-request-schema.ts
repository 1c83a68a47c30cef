import { z } from "zod";
import { SAMPLER_NAMES } from "../diffusion/sampling-types";
import { AppError } from "../errors";
import { detectImageFormat } from "../png/read-image-metadata";
import { issuesSummaryZh } from "../validation/zod-issues-zh";
import { RENDER_DEFAULTS, RENDER_LIMITS as L, RESIZE_MODES } from "./render-limits";
import type { RenderRequest } from "./render-types";

const MB = 1024 * 1024;
const between = (name: string, min: number, max: number) => `${name} must be between ${min} and ${max}`;

const side = (name: string) =>
  z.number().int(`${name} must be a whole number`).min(L.minSide, between(name, L.minSide, L.maxSide)).max(L.maxSide, between(name, L.minSide, L.maxSide))
    .refine((v) => v % L.sideMultiple === 0, `${name} must be a multiple of ${L.sideMultiple}`);

const seed = (name: string) =>
  z.number().int(`${name} must be a whole number`).min(-1, `${name} must be -1 (random) or 0 to ${L.maxSeed}`).max(L.maxSeed, `${name} must be -1 (random) or 0 to ${L.maxSeed}`);

/** Every field of a render request except the img2img image, with A1111's defaults. */
export const renderParamsShape = {
  prompt: z.string().max(L.maxPromptChars, `the prompt is longer than ${L.maxPromptChars} characters`),
  negative: z.string().max(L.maxPromptChars, `the negative prompt is longer than ${L.maxPromptChars} characters`).default(""),
  sampler: z.enum(SAMPLER_NAMES, { error: `sampler must be one of: ${SAMPLER_NAMES.join(", ")}` }).default(RENDER_DEFAULTS.sampler),
  steps: z.number().int("steps must be a whole number").min(L.minSteps, between("steps", L.minSteps, L.maxSteps)).max(L.maxSteps, between("steps", L.minSteps, L.maxSteps)).default(RENDER_DEFAULTS.steps),
  cfgScale: z.number().min(L.minCfg, between("CFG scale", L.minCfg, L.maxCfg)).max(L.maxCfg, between("CFG scale", L.minCfg, L.maxCfg)).default(RENDER_DEFAULTS.cfgScale),
  seed: seed("seed").default(RENDER_DEFAULTS.seed),
  subseed: seed("variation seed").optional(),
  subseedStrength: z.number().min(0, between("variation strength", 0, 1)).max(1, between("variation strength", 0, 1)).optional(),
  width: side("width").default(RENDER_DEFAULTS.width),
  height: side("height").default(RENDER_DEFAULTS.height),
  batchCount: z.number().int().min(1, between("batch count", 1, L.maxBatchCount)).max(L.maxBatchCount, between("batch count", 1, L.maxBatchCount)).default(RENDER_DEFAULTS.batchCount),
  batchSize: z.number().int().min(1, between("batch size", 1, L.maxBatchSize)).max(L.maxBatchSize, between("batch size", 1, L.maxBatchSize)).default(RENDER_DEFAULTS.batchSize),
  noiseSource: z.enum(["nv", "cpu"]).default(RENDER_DEFAULTS.noiseSource),
  model: z.string().trim().max(500).nullable().default(null).transform((v) => (v ? v : null)),
};

/** The img2img image as bytes: a PNG, JPEG or WebP of at most 20 MB. */
export const imageBytesSchema = z.instanceof(Uint8Array, { error: "the img2img image must be bytes" })
  .refine((b) => b.length <= L.maxImageBytes, `the img2img image is larger than ${L.maxImageBytes / MB} MB`)
  .refine((b) => isImage(b), "the img2img image is not a PNG, JPEG or WebP image");

/** img2img's fields around an image schema (bytes here, base64 on the wire). */
export function img2imgShape<I extends z.ZodType<Uint8Array, unknown>>(image: I) {
  return {
    image,
    resizeMode: z.enum(RESIZE_MODES, { error: `resize mode must be one of: ${RESIZE_MODES.join(", ")}` }).default(RENDER_DEFAULTS.resizeMode),
    denoisingStrength: z.number().min(0, between("denoising strength", 0, 1)).max(1, between("denoising strength", 0, 1)).default(RENDER_DEFAULTS.denoisingStrength),
  };
}

/** A whole RenderRequest, as the queue accepts it. */
export const renderRequestSchema = z.object({ ...renderParamsShape, img2img: z.object(img2imgShape(imageBytesSchema)).optional() });

/**
 * Checks a request against the limits (sizes multiples of 8 up to 2048, steps 1–150, CFG 0–30, batch count ≤ 16,
 * batch size ≤ 8, seed -1 or 0..2^32-1, a known sampler, an img2img image ≤ 20 MB) and fills in defaults.
 * Throws AppError("invalid_input") listing every problem.
 * @example validateRenderRequest({ prompt: "a cat", steps: 0 }) // throws "Invalid render request: steps: steps must be between 1 and 150"
 */
export function validateRenderRequest(input: unknown): RenderRequest {
  const parsed = renderRequestSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(request)", message: i.message }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  throw new AppError("invalid_input", `Invalid render request: ${summary}`, `渲染请求无效：${issuesSummaryZh(parsed.error.issues)}`, { issues });
}

function isImage(bytes: Uint8Array): boolean {
  try {
    detectImageFormat(bytes);
    return true;
  } catch {
    return false;
  }
}
