import type { SamplerName } from "../../diffusion/sampling-types";
import type { RenderRequest } from "../render-types";

/** ComfyUI's KSampler sampler_name and scheduler for each A1111 sampler. */
export const COMFY_SAMPLERS: Record<SamplerName, { sampler_name: string; scheduler: string }> = {
  "Euler a": { sampler_name: "euler_ancestral", scheduler: "normal" },
  Euler: { sampler_name: "euler", scheduler: "normal" },
  DDIM: { sampler_name: "ddim", scheduler: "ddim_uniform" },
  "DPM++ 2M Karras": { sampler_name: "dpmpp_2m", scheduler: "karras" },
  "DPM++ 2S a Karras": { sampler_name: "dpmpp_2s_ancestral", scheduler: "karras" },
  LCM: { sampler_name: "lcm", scheduler: "sgm_uniform" },
};

/** A workflow in ComfyUI's API format: node id → class and inputs (links are [node id, output index]). */
export type ComfyWorkflow = Record<string, { class_type: string; inputs: Record<string, unknown> }>;

/** The node whose images are the result. */
export const COMFY_OUTPUT_NODE = "9";

/**
 * The txt2img (EmptyLatentImage) or img2img (LoadImage of an uploaded, already resized image + VAEEncode) workflow
 * for one batch of `request.batchSize` images with one `seed`.
 * @example buildComfyWorkflow(request, { checkpoint: "v1-5.safetensors", seed: 1 })["3"].inputs.sampler_name // "euler_ancestral"
 */
export function buildComfyWorkflow(request: RenderRequest, options: { checkpoint: string; seed: number; inputImage?: string }): ComfyWorkflow {
  const sampler = COMFY_SAMPLERS[request.sampler];
  const workflow: ComfyWorkflow = {
    "4": { class_type: "CheckpointLoaderSimple", inputs: { ckpt_name: options.checkpoint } },
    "6": { class_type: "CLIPTextEncode", inputs: { text: request.prompt, clip: ["4", 1] } },
    "7": { class_type: "CLIPTextEncode", inputs: { text: request.negative, clip: ["4", 1] } },
    "3": {
      class_type: "KSampler",
      inputs: {
        seed: options.seed, steps: request.steps, cfg: request.cfgScale, ...sampler, denoise: request.img2img?.denoisingStrength ?? 1,
        model: ["4", 0], positive: ["6", 0], negative: ["7", 0], latent_image: ["5", 0],
      },
    },
    "8": { class_type: "VAEDecode", inputs: { samples: ["3", 0], vae: ["4", 2] } },
    [COMFY_OUTPUT_NODE]: { class_type: "SaveImage", inputs: { filename_prefix: "PromptStudio", images: ["8", 0] } },
  };
  if (request.img2img && options.inputImage) {
    workflow["10"] = { class_type: "LoadImage", inputs: { image: options.inputImage } };
    workflow["11"] = { class_type: "VAEEncode", inputs: { pixels: ["10", 0], vae: ["4", 2] } };
    workflow["5"] = { class_type: "RepeatLatentBatch", inputs: { samples: ["11", 0], amount: request.batchSize } };
  } else {
    workflow["5"] = { class_type: "EmptyLatentImage", inputs: { width: request.width, height: request.height, batch_size: request.batchSize } };
  }
  return workflow;
}
