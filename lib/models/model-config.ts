import { z } from "zod";

/**
 * What a model folder holds: for rendering, SD 1.x, SD 2.x, a Turbo model or another text width; for tags from an
 * image, a WD-style tagger or a CLIP model.
 */
export type ModelKind = "sd1" | "sd2" | "turbo" | "custom" | "tagger" | "clip";

/** The kinds that render images (the others read them). */
export const RENDER_MODEL_KINDS: readonly ModelKind[] = ["sd1", "sd2", "turbo", "custom"];

/** The noise schedule and prediction type from scheduler/scheduler_config.json (diffusers names, camelCased). */
export interface SchedulerConfig {
  className: string;
  betaStart: number;
  betaEnd: number;
  betaSchedule: string;
  numTrainTimesteps: number;
  predictionType: "epsilon" | "v_prediction";
  timestepSpacing: string;
}

/** The configs of a model folder, read once and camelCased. */
export interface ModelConfig {
  /** model_index.json's `_name_or_path`, when the export recorded it. */
  nameOrPath: string | null;
  pipelineClass: string | null;
  scheduler: SchedulerConfig;
  /** text_encoder/config.json's hidden_size, when present. */
  hiddenSize: number | null;
}

const toCamel = (key: string) => key.replace(/^_+/, "").replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * Converts the snake_case keys of a config from outside (diffusers, transformers) to camelCase, recursively.
 * @example camelizeKeys({ _class_name: "PNDMScheduler", beta_start: 0.00085 }) // { className: "PNDMScheduler", betaStart: 0.00085 }
 */
export function camelizeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelizeKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [toCamel(k), camelizeKeys(v)]));
}

const modelIndexSchema = z.object({ nameOrPath: z.string().optional(), className: z.string().optional() }).passthrough();

// Stable Diffusion 1.x/2.x defaults: what scheduler_config.json says when an export leaves a key out.
const schedulerSchema = z.object({
  className: z.string().default("PNDMScheduler"),
  betaStart: z.number().positive().default(0.00085),
  betaEnd: z.number().positive().default(0.012),
  betaSchedule: z.string().default("scaled_linear"),
  numTrainTimesteps: z.number().int().positive().default(1000),
  predictionType: z.enum(["epsilon", "v_prediction"]).default("epsilon"),
  timestepSpacing: z.string().default("leading"),
});

const textConfigSchema = z.object({ hiddenSize: z.number().int().positive().optional() }).passthrough();

/** The parsed JSON of a folder's config files (absent ones undefined). */
export interface RawModelConfigs {
  modelIndex?: unknown;
  scheduler?: unknown;
  textEncoder?: unknown;
}

/** Validates and camelCases the configs; returns the model's config or the problem with each file. */
export function parseModelConfigs(raw: RawModelConfigs): { config: ModelConfig; problems: string[] } {
  const problems: string[] = [];
  const read = <T>(schema: z.ZodType<T>, value: unknown, file: string): T | null => {
    const parsed = schema.safeParse(camelizeKeys(value ?? {}));
    if (parsed.success) return parsed.data;
    problems.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    return null;
  };
  const index = read(modelIndexSchema, raw.modelIndex, "model_index.json");
  const scheduler = read(schedulerSchema, raw.scheduler, "scheduler/scheduler_config.json") ?? schedulerSchema.parse({});
  const text = read(textConfigSchema, raw.textEncoder, "text_encoder/config.json");
  const config = { nameOrPath: index?.nameOrPath ?? null, pipelineClass: index?.className ?? null, scheduler, hiddenSize: text?.hiddenSize ?? null };
  return { config, problems };
}

/**
 * The model's kind from the text encoder width (768: SD 1.x, 1024: SD 2.x) and its names (a "turbo" name: Turbo).
 * @example detectModelKind(1024, ["stabilityai/sd-turbo"]) // "turbo"
 */
export function detectModelKind(hiddenSize: number, names: ReadonlyArray<string | null>): ModelKind {
  if (names.some((n) => n !== null && /turbo/i.test(n))) return "turbo";
  if (hiddenSize === 768) return "sd1";
  if (hiddenSize === 1024) return "sd2";
  return "custom";
}
