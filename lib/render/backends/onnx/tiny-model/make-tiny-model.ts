import fs from "node:fs";
import path from "node:path";
import { buildTaesdDecoder, buildTextEncoder, buildUnet, buildVaeDecoder, buildVaeEncoder, TINY_SIZES } from "./tiny-graphs";

/** What to vary in the tiny model; the defaults give the standard test model. */
export interface TinyModelOptions {
  /** Text encoder width; 32 by default (768 mimics SD1, 1024 SD2 — bigger files). */
  hidden?: number;
  /** The UNet's timestep input: float32 as the diffusers converter writes it, int64 as Optimum does. */
  timestepType?: "float32" | "int64";
  /** Recorded as `_name_or_path` in model_index.json (a name with "turbo" marks a Turbo model). */
  name?: string;
  /** Also write the tiny TAESD preview decoder (default true). */
  taesd?: boolean;
  /** Seed of the random weights (default 1). */
  seed?: number;
}

/** The default repository-style name of the tiny model. */
export const TINY_MODEL_NAME = "promptstudio/tiny-sd";

const ONNX = ["onnxruntime", "OnnxRuntimeModel"];
const SCHEDULER_CONFIG = {
  _class_name: "PNDMScheduler",
  _diffusers_version: "0.30.0",
  beta_end: 0.012,
  beta_schedule: "scaled_linear",
  beta_start: 0.00085,
  clip_sample: false,
  num_train_timesteps: 1000,
  prediction_type: "epsilon",
  set_alpha_to_one: false,
  skip_prk_steps: true,
  steps_offset: 1,
  timestep_spacing: "leading",
  trained_betas: null,
};

/** model_index.json of an ONNX Stable Diffusion export (Optimum's, without a safety checker). */
export function modelIndexJson(nameOrPath: string, schedulerClass: string): object {
  return {
    _class_name: "OnnxStableDiffusionPipeline",
    _diffusers_version: "0.30.0",
    _name_or_path: nameOrPath,
    feature_extractor: [null, null],
    requires_safety_checker: false,
    safety_checker: [null, null],
    scheduler: ["diffusers", schedulerClass],
    text_encoder: ONNX,
    tokenizer: ["transformers", "CLIPTokenizer"],
    unet: ONNX,
    vae_decoder: ONNX,
    vae_encoder: ONNX,
  };
}

/**
 * Writes a tiny random-weight Stable Diffusion ONNX set in the Optimum/diffusers layout (text_encoder/, unet/,
 * vae_decoder/, vae_encoder/, scheduler/, model_index.json, taesd_decoder.onnx) and returns the files written.
 * @example writeTinyModel("models/tiny") // ["model_index.json", "scheduler/scheduler_config.json", "text_encoder/model.onnx", …]
 */
export function writeTinyModel(folder: string, options: TinyModelOptions = {}): string[] {
  const sizes = { ...TINY_SIZES, hidden: options.hidden ?? TINY_SIZES.hidden };
  const seed = options.seed ?? 1;
  const files: Record<string, Uint8Array | object> = {
    "model_index.json": modelIndexJson(options.name ?? TINY_MODEL_NAME, "PNDMScheduler"),
    "scheduler/scheduler_config.json": SCHEDULER_CONFIG,
    "text_encoder/config.json": { hidden_size: sizes.hidden, max_position_embeddings: 77, vocab_size: 49408, model_type: "clip_text_model" },
    "text_encoder/model.onnx": buildTextEncoder(sizes, seed),
    "unet/model.onnx": buildUnet(sizes, seed + 1, options.timestepType ?? "float32"),
    "vae_decoder/model.onnx": buildVaeDecoder(seed + 2),
    "vae_encoder/model.onnx": buildVaeEncoder(seed + 3),
  };
  if (options.taesd ?? true) files["taesd_decoder.onnx"] = buildTaesdDecoder(seed + 4);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content instanceof Uint8Array ? content : JSON.stringify(content, null, 2) + "\n");
  }
  return Object.keys(files).sort();
}
