import { describe, expect, it } from "vitest";
import { readComfyWorkflow } from "./comfyui";
import { readNovelAIComment } from "./novelai";

const API_GRAPH = {
  "3": { class_type: "KSampler", inputs: { seed: 42, steps: 25, cfg: 6.5, sampler_name: "dpmpp_2m", scheduler: "karras", denoise: 1, model: ["4", 0], positive: ["10", 0], negative: ["7", 0], latent_image: ["5", 0] } },
  "4": { class_type: "CheckpointLoaderSimple", inputs: { ckpt_name: "dreamshaper_8.safetensors" } },
  "5": { class_type: "EmptyLatentImage", inputs: { width: 512, height: 768, batch_size: 1 } },
  "6": { class_type: "CLIPTextEncode", inputs: { text: ["9", 0], clip: ["4", 1] } },
  "7": { class_type: "CLIPTextEncode", inputs: { text: "lowres, blurry", clip: ["4", 1] } },
  "9": { class_type: "PrimitiveNode", inputs: { value: "1girl, (smile:1.2)" } },
  "10": { class_type: "ConditioningSetArea", inputs: { conditioning: ["6", 0], width: 64 } },
};

describe("readComfyWorkflow", () => {
  it("follows the sampler back to the prompt texts through other nodes", () => {
    expect(readComfyWorkflow(API_GRAPH)).toEqual({
      source: "comfyui", prompt: "1girl, (smile:1.2)", negative: "lowres, blurry",
      params: { Steps: "25", Sampler: "DPM++ 2M Karras", "CFG scale": "6.5", Seed: "42", "Size-1": "512", "Size-2": "768", Model: "dreamshaper_8" },
    });
  });

  it("reads the UI workflow format too", () => {
    const workflow = {
      nodes: [
        { id: 1, type: "KSampler", widgets_values: [7, "fixed", 20, 8, "euler_ancestral", "normal", 1], inputs: [{ name: "positive", link: 1 }, { name: "negative", link: 2 }, { name: "latent_image", link: 3 }] },
        { id: 2, type: "CLIPTextEncode", widgets_values: ["a cat"], inputs: [] },
        { id: 3, type: "CLIPTextEncode", widgets_values: ["a dog"], inputs: [] },
        { id: 4, type: "EmptyLatentImage", widgets_values: [640, 512, 1], inputs: [] },
      ],
      links: [[1, 2, 0, 1, 1, "CONDITIONING"], [2, 3, 0, 1, 2, "CONDITIONING"], [3, 4, 0, 1, 3, "LATENT"]],
    };
    expect(readComfyWorkflow(workflow)).toMatchObject({ prompt: "a cat", negative: "a dog", params: { Steps: "20", Sampler: "Euler a", Seed: "7", "Size-1": "640" } });
  });

  it("rejects JSON that is not a workflow, and survives cycles", () => {
    for (const bad of [null, 5, "x", [], { a: 1 }, { nodes: [], links: [] }]) expect(() => readComfyWorkflow(bad)).toThrow(/not a ComfyUI workflow/);
    const cyclic = { "1": { class_type: "KSampler", inputs: { positive: ["2", 0] } }, "2": { class_type: "X", inputs: { conditioning: ["2", 0] } } };
    expect(readComfyWorkflow(cyclic).prompt).toBe("");
  });
});

describe("readNovelAIComment", () => {
  it("reads prompt, uc and parameters", () => {
    const comment = JSON.stringify({ prompt: "1girl, {smile}", uc: "lowres", steps: 28, scale: 5, seed: 99, sampler: "k_euler_ancestral", width: 832, height: 1216 });
    expect(readNovelAIComment(comment, "", "NovelAI Diffusion V3")).toEqual({
      source: "novelai", prompt: "1girl, {smile}", negative: "lowres",
      params: { Steps: "28", Sampler: "Euler a", "CFG scale": "5", Seed: "99", "Size-1": "832", "Size-2": "1216", Model: "NovelAI Diffusion V3" },
    });
    expect(() => readNovelAIComment("{oops")).toThrow(/not valid JSON/);
  });
});
