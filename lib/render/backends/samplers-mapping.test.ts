import { describe, expect, it } from "vitest";
import { SAMPLER_NAMES } from "@/lib/diffusion/sampling-types";
import { a1111SamplerName } from "@/lib/infotext/sampler-names";
import { buildA1111Payload, readA1111Info, splitA1111Sampler } from "./a1111-payload";
import { COMFY_SAMPLERS, buildComfyWorkflow } from "./comfyui-workflow";
import { ComfyInbox, readComfyMessage } from "./comfyui-inbox";
import type { RenderRequest } from "../render-types";

const request: RenderRequest = { prompt: "p", negative: "n", sampler: "Euler a", steps: 20, cfgScale: 7, seed: -1, width: 512, height: 512, batchCount: 1, batchSize: 1, noiseSource: "nv", model: null };

describe("sampler names", () => {
  it("splits A1111's combined names into sampler and scheduler (A1111 ≥ 1.9)", () => {
    const table = [
      ["Euler a", "Euler a", "Automatic"], ["Euler", "Euler", "Automatic"], ["DDIM", "DDIM", "Automatic"], ["LCM", "LCM", "Automatic"],
      ["DPM++ 2M Karras", "DPM++ 2M", "Karras"], ["DPM++ 2S a Karras", "DPM++ 2S a", "Karras"],
    ] as const;
    for (const [name, sampler, scheduler] of table) expect(splitA1111Sampler(name)).toEqual({ sampler, scheduler });
  });

  it("maps every sampler to ComfyUI's, and ComfyUI's back to the same A1111 name (DDIM and LCM aside)", () => {
    expect(Object.keys(COMFY_SAMPLERS).sort()).toEqual([...SAMPLER_NAMES].sort());
    expect(COMFY_SAMPLERS["Euler a"]).toEqual({ sampler_name: "euler_ancestral", scheduler: "normal" });
    expect(COMFY_SAMPLERS["DPM++ 2M Karras"]).toEqual({ sampler_name: "dpmpp_2m", scheduler: "karras" });
    for (const name of ["Euler a", "Euler", "DPM++ 2M Karras", "DPM++ 2S a Karras"] as const) {
      expect(a1111SamplerName(COMFY_SAMPLERS[name].sampler_name, COMFY_SAMPLERS[name].scheduler)).toBe(name);
    }
  });
});

describe("buildA1111Payload", () => {
  it("leaves img2img fields out of txt2img and numbers the resize modes as A1111 does", () => {
    expect(buildA1111Payload(request, { withScheduler: true })).not.toHaveProperty("init_images");
    const modes = (["just-resize", "crop-and-resize", "resize-and-fill"] as const).map((resizeMode) =>
      buildA1111Payload({ ...request, img2img: { image: new Uint8Array(), resizeMode, denoisingStrength: 0 } }, { withScheduler: true, imageBase64: "AAAA" }));
    expect(modes.map((m) => [m.resize_mode, m.denoising_strength, m.init_images])).toEqual([[0, 0, ["AAAA"]], [1, 0, ["AAAA"]], [2, 0, ["AAAA"]]]);
  });

  it("reads seeds and infotexts from `info`, skipping a grid, and falls back to seed + i", () => {
    const info = JSON.stringify({ seed: 9, all_seeds: [9, 10], infotexts: ["grid", "a", "b"], index_of_first_image: 1 });
    expect(readA1111Info(info, { ...request, batchSize: 2 })).toEqual({ seeds: [9, 10], infotexts: ["grid", "a", "b"], first: 1 });
    expect(readA1111Info("not json", { ...request, seed: 5, batchCount: 3 })).toEqual({ seeds: [5, 6, 7], infotexts: [], first: 0 });
  });
});

describe("buildComfyWorkflow", () => {
  it("links the txt2img graph in ComfyUI's API format", () => {
    const workflow = buildComfyWorkflow({ ...request, batchSize: 3 }, { checkpoint: "a.safetensors", seed: 1 });
    expect(Object.fromEntries(Object.entries(workflow).map(([id, node]) => [id, node.class_type]))).toEqual({
      "3": "KSampler", "4": "CheckpointLoaderSimple", "5": "EmptyLatentImage", "6": "CLIPTextEncode", "7": "CLIPTextEncode", "8": "VAEDecode", "9": "SaveImage",
    });
    expect(workflow["3"].inputs).toMatchObject({ model: ["4", 0], positive: ["6", 0], negative: ["7", 0], latent_image: ["5", 0] });
    expect(workflow["9"].inputs.images).toEqual(["8", 0]);
  });
});

describe("ComfyUI websocket messages", () => {
  it("reads JSON events and both kinds of binary preview", () => {
    expect(readComfyMessage('{"type":"executing","data":{"node":null,"prompt_id":"x"}}')).toEqual({ type: "executing", data: { node: null, prompt_id: "x" } });
    expect(readComfyMessage("not json")).toBeNull();
    expect(readComfyMessage(Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 2, 7, 8))).toEqual({ type: "preview", image: Uint8Array.of(7, 8) });
    const meta = new TextEncoder().encode('{"a":1}');
    const withMeta = Uint8Array.from([0, 0, 0, 4, 0, 0, 0, meta.length, ...meta, 5, 6]);
    expect(readComfyMessage(withMeta)).toEqual({ type: "preview", image: Uint8Array.of(5, 6) });
    expect(readComfyMessage(Uint8Array.of(0, 0, 0, 9, 0, 0, 0, 0))).toBeNull();
  });

  it("hands messages out in order, and times out or aborts while waiting", async () => {
    const inbox = new ComfyInbox();
    const signal = new AbortController().signal;
    setTimeout(() => inbox.push({ type: "closed", code: 1000 }), 5);
    inbox.push({ type: "a", data: {} });
    expect(await inbox.next(signal, Date.now() + 1000, () => new Error("late"))).toEqual({ type: "a", data: {} });
    expect(await inbox.next(signal, Date.now() + 1000, () => new Error("late"))).toEqual({ type: "closed", code: 1000 });
    await expect(inbox.next(signal, Date.now() + 20, () => new Error("late"))).rejects.toThrow("late");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 5);
    await expect(inbox.next(controller.signal, Date.now() + 5000, () => new Error("late"))).rejects.toMatchObject({ name: "AbortError" });
  });
});
