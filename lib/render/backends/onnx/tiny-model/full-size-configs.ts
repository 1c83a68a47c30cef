import type { ClipTextConfig } from "./clip-text-graph";
import type { UnetConfig } from "./unet-graph";
import type { VaeConfig } from "./vae-graphs";

/** The full-size model sets the generator writes: Stable Diffusion 1.5, and SD-Turbo (SD 2.1's shapes at 512×512). */
export type FullSizeModelName = "sd15" | "turbo";

/** The ONNX parts of a model set, by file. */
export type FullSizePart = "text_encoder/model.onnx" | "unet/model.onnx" | "vae_decoder/model.onnx" | "vae_encoder/model.onnx" | "taesd_decoder.onnx";

/** One model set's architecture, its configs and the parameter counts of the released checkpoints. */
export interface FullSizeModel {
  /** `_name_or_path` in model_index.json (a "turbo" name is how the pipeline tells a Turbo model). */
  nameOrPath: string;
  unet: UnetConfig;
  text: ClipTextConfig;
  vae: VaeConfig;
  scheduler: Record<string, unknown>;
  /** Parameters of the real weights, by part (diffusers' counts; the VAE parts with their quant convs). */
  reference: Record<FullSizePart, number>;
}

const SD_UNET = { blockChannels: [320, 640, 1280, 1280], layersPerBlock: 2, attention: [true, true, true, false], normGroups: 32, timestepType: "int64" } as const;
const SD_VAE: VaeConfig = { blockChannels: [128, 256, 512, 512], layersPerBlock: 2, normGroups: 32 };
const SCHEDULER = { _diffusers_version: "0.30.0", beta_start: 0.00085, beta_end: 0.012, beta_schedule: "scaled_linear", num_train_timesteps: 1000, prediction_type: "epsilon", steps_offset: 1 };
const VAE_AND_TAESD = { "vae_decoder/model.onnx": 49_490_199, "vae_encoder/model.onnx": 34_163_664, "taesd_decoder.onnx": 1_222_531 };

/** The architectures of the released models, with random weights in place of theirs. */
export const FULL_SIZE_MODELS: Record<FullSizeModelName, FullSizeModel> = {
  sd15: {
    nameOrPath: "promptstudio/random-weights-sd15",
    unet: { ...SD_UNET, blockChannels: [...SD_UNET.blockChannels], attention: [...SD_UNET.attention], crossAttentionDim: 768, heads: [8, 8, 8, 8], linearProjection: false },
    text: { hidden: 768, layers: 12, heads: 12, intermediate: 3072, activation: "quick_gelu" },
    vae: SD_VAE,
    scheduler: { ...SCHEDULER, _class_name: "PNDMScheduler", clip_sample: false, set_alpha_to_one: false, skip_prk_steps: true, timestep_spacing: "leading" },
    reference: { "text_encoder/model.onnx": 123_060_480, "unet/model.onnx": 859_520_964, ...VAE_AND_TAESD },
  },
  turbo: {
    nameOrPath: "promptstudio/random-weights-sd-turbo",
    unet: { ...SD_UNET, blockChannels: [...SD_UNET.blockChannels], attention: [...SD_UNET.attention], crossAttentionDim: 1024, heads: [5, 10, 20, 20], linearProjection: true },
    text: { hidden: 1024, layers: 23, heads: 16, intermediate: 4096, activation: "gelu" },
    vae: SD_VAE,
    scheduler: { ...SCHEDULER, _class_name: "EulerDiscreteScheduler", interpolation_type: "linear", timestep_spacing: "trailing" },
    reference: { "text_encoder/model.onnx": 340_387_840, "unet/model.onnx": 865_910_724, ...VAE_AND_TAESD },
  },
};
