import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { parseInfotext } from "@/lib/infotext/parse-infotext";
import { inflateZlib } from "@/lib/png/inflate.server";
import { readPngText } from "@/lib/png/png-text";
import { closedPort } from "@/tests/support/closed-port";
import { startFakeComfy, type FakeComfy } from "@/tests/support/fake-comfyui";
import { makePng } from "@/tests/support/test-images";
import type { RenderProgress, RenderRequest } from "../render-types";
import { createComfyBackend } from "./comfyui.server";

const request: RenderRequest = {
  prompt: "a cat", negative: "lowres", sampler: "DPM++ 2M Karras", steps: 5, cfgScale: 6, seed: 100,
  width: 512, height: 512, batchCount: 2, batchSize: 2, noiseSource: "nv", model: null,
};

let fake: FakeComfy;
beforeAll(async () => {
  fake = await startFakeComfy({ stepMs: 5 });
});
afterAll(() => fake.close());

const run = (r: RenderRequest, options: { signal?: AbortSignal; url?: string; timeoutMs?: number } = {}) => {
  const progress: RenderProgress[] = [];
  const backend = createComfyBackend({ baseUrl: options.url ?? fake.url, timeoutMs: options.timeoutMs ?? 10_000 });
  const result = backend.render(r, { onProgress: (p) => progress.push(p), signal: options.signal ?? new AbortController().signal });
  return { result, progress };
};

describe("the ComfyUI backend", () => {
  it("queues one workflow per batch with the mapped sampler, follows the websocket and adds A1111 infotext to the images", async () => {
    const { result, progress } = run(request);
    const { images, seed } = await result;
    expect(seed).toBe(100);
    expect(fake.prompts).toHaveLength(2);
    const [first, second] = fake.prompts;
    expect(first.client_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.sockets.at(-1)!.path).toBe(`/ws?clientId=${first.client_id}`);
    expect(first.prompt["4"]).toEqual({ class_type: "CheckpointLoaderSimple", inputs: { ckpt_name: "sd15.safetensors" } });
    expect(first.prompt["3"].inputs).toMatchObject({ seed: 100, steps: 5, cfg: 6, sampler_name: "dpmpp_2m", scheduler: "karras", denoise: 1 });
    expect(first.prompt["5"]).toEqual({ class_type: "EmptyLatentImage", inputs: { width: 512, height: 512, batch_size: 2 } });
    expect(first.prompt["6"].inputs.text).toBe("a cat");
    expect(first.prompt["7"].inputs.text).toBe("lowres");
    expect(second.prompt["3"].inputs.seed).toBe(102);
    expect(images).toHaveLength(4);
    expect(images.map((i) => i.seed)).toEqual([100, 100, 102, 102]);
    const text = readPngText(images[3].png, { inflate: inflateZlib });
    expect(text.prompt).toContain("KSampler");
    const params = parseInfotext(text.parameters);
    expect(params).toMatchObject({ Prompt: "a cat", "Negative prompt": "lowres", Steps: "5", Sampler: "DPM++ 2M Karras", "CFG scale": "6", Seed: "102", "Size-1": "512", Model: "sd15", "Batch pos": "1" });
    expect(images[3].infotext).toBe(text.parameters);
    expect(progress.filter((p) => !p.preview).map((p) => [p.step, p.steps, p.image, p.images])).toContainEqual([5, 5, 2, 2]);
    expect(progress.some((p) => p.preview?.[1] === 0x50)).toBe(true);
    expect(fake.requests.some((r) => r.path.startsWith("/view?filename=PromptStudio_") && r.path.includes("type=output"))).toBe(true);
  });

  it("maps every A1111 sampler; picks a random seed for -1 and uses the requested checkpoint", async () => {
    fake.prompts.length = 0;
    const { images, seed } = await run({ ...request, sampler: "Euler a", seed: -1, batchCount: 1, batchSize: 1, model: "dreamshaper.safetensors" }).result;
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(images[0].seed).toBe(seed);
    expect(fake.prompts[0].prompt["3"].inputs).toMatchObject({ seed, sampler_name: "euler_ancestral", scheduler: "normal" });
    expect(fake.prompts[0].prompt["4"].inputs.ckpt_name).toBe("dreamshaper.safetensors");
  });

  it("uploads the img2img image fitted to the size and encodes it with VAEEncode", async () => {
    fake.prompts.length = 0;
    const image = makePng(40, 20, [0, 200, 0]);
    await run({ ...request, width: 64, height: 64, batchCount: 1, img2img: { image, resizeMode: "resize-and-fill", denoisingStrength: 0.55 } }).result;
    const upload = fake.requests.find((r) => r.path === "/upload/image")!;
    expect(upload.contentType).toContain("multipart/form-data");
    const { prompt } = fake.prompts[0];
    expect(prompt["10"].class_type).toBe("LoadImage");
    expect(prompt["10"].inputs.image).toMatch(/^promptstudio-.*\.png$/);
    expect(prompt["11"]).toEqual({ class_type: "VAEEncode", inputs: { pixels: ["10", 0], vae: ["4", 2] } });
    expect(prompt["5"]).toEqual({ class_type: "RepeatLatentBatch", inputs: { samples: ["11", 0], amount: 2 } });
    expect(prompt["3"].inputs.denoise).toBe(0.55);
    const uploaded = upload.body.slice(upload.body.indexOf("\x89PNG"));
    expect(await sharp(Buffer.from(uploaded, "latin1")).metadata()).toMatchObject({ width: 64, height: 64 });
  });

  it("turns an execution_error into a clear error", async () => {
    fake.options.executionError = "CUDA out of memory";
    const error = await run(request).result.catch((e: unknown) => e);
    fake.options.executionError = undefined;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(`ComfyUI at ${fake.url} failed in KSampler: CUDA out of memory`);
  });

  it("says which URL cannot be reached, and when there is no checkpoint", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    await expect(run(request, { url }).result).rejects.toMatchObject({ code: "model_unavailable", message: expect.stringContaining(`ComfyUI server at ${url} (ECONNREFUSED)`) });
    fake.options.checkpoints = [];
    await expect(run(request).result).rejects.toMatchObject({ code: "model_unavailable", message: expect.stringContaining("has no checkpoint") });
    fake.options.checkpoints = undefined;
  });

  it("fails clearly when the websocket drops mid-render, or the render outlasts the timeout", async () => {
    fake.options.stepMs = 30;
    const rendering = fake.rendering();
    const dropped = run({ ...request, steps: 40 }).result.catch((e: unknown) => e);
    await rendering;
    fake.sockets.at(-1)!.destroy();
    expect(await dropped).toMatchObject({ code: "render_failed", message: `The connection to ComfyUI at ${fake.url} closed during the render.` });
    await fetch(`${fake.url}/interrupt`, { method: "POST" });
    const late = await run({ ...request, steps: 40 }, { timeoutMs: 200 }).result.catch((e: unknown) => e);
    expect(late).toMatchObject({ code: "render_failed", message: `The ComfyUI server at ${fake.url} did not finish the render in time.` });
    await fetch(`${fake.url}/interrupt`, { method: "POST" });
    fake.options.stepMs = 5;
  });

  it("posts /interrupt when cancelled mid-render", async () => {
    fake.options.stepMs = 50;
    const before = fake.interrupts;
    const controller = new AbortController();
    const rendering = fake.rendering();
    const { result } = run({ ...request, steps: 40 }, { signal: controller.signal });
    await rendering;
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: "AbortError" });
    await expect.poll(() => fake.interrupts).toBe(before + 1);
    fake.options.stepMs = 5;
  });
});
