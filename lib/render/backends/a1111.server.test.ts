import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { inflateZlib } from "@/lib/png/inflate.server";
import { readPngText } from "@/lib/png/png-text";
import { closedPort } from "@/tests/support/closed-port";
import { startFakeA1111, type FakeA1111 } from "@/tests/support/fake-a1111";
import { makePng } from "@/tests/support/test-images";
import type { RenderProgress, RenderRequest } from "../render-types";
import { createA1111Backend } from "./a1111.server";

const request: RenderRequest = {
  prompt: "a cat, (masterpiece:1.2)", negative: "lowres", sampler: "DPM++ 2M Karras", steps: 6, cfgScale: 7.5, seed: 42, subseed: 7, subseedStrength: 0.25,
  width: 512, height: 768, batchCount: 2, batchSize: 2, noiseSource: "cpu", model: null,
};

let fake: FakeA1111;
beforeAll(async () => {
  fake = await startFakeA1111({ stepMs: 15 });
});
afterAll(() => fake.close());

const run = (r: RenderRequest, options: { signal?: AbortSignal; timeoutMs?: number; url?: string } = {}) => {
  const progress: RenderProgress[] = [];
  const backend = createA1111Backend({ baseUrl: options.url ?? fake.url, timeoutMs: options.timeoutMs ?? 10_000, pollMs: 20 });
  const result = backend.render(r, { onProgress: (p) => progress.push(p), signal: options.signal ?? new AbortController().signal });
  return { result, progress };
};
const lastBody = (path: string) => fake.requests.filter((q) => q.path === path).at(-1)!.body!;

describe("the AUTOMATIC1111 backend", () => {
  it("sends txt2img with A1111's fields, the sampler and scheduler apart, and reports progress with previews", async () => {
    fake.options.schedulers = true;
    const { result, progress } = run(request);
    const { images, seed } = await result;
    expect(lastBody("/sdapi/v1/txt2img")).toMatchObject({
      prompt: "a cat, (masterpiece:1.2)", negative_prompt: "lowres", sampler_name: "DPM++ 2M", scheduler: "Karras", steps: 6, cfg_scale: 7.5,
      seed: 42, subseed: 7, subseed_strength: 0.25, width: 512, height: 768, n_iter: 2, batch_size: 2, send_images: true, save_images: false,
      override_settings: { randn_source: "CPU" },
    });
    expect(seed).toBe(42);
    expect(images.map((i) => i.seed)).toEqual([42, 43, 44, 45]);
    const text = readPngText(images[1].png, { inflate: inflateZlib });
    expect(text.parameters).toContain("Seed: 43");
    expect(images[1].infotext).toBe(text.parameters);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.some((p) => p.image === 2 && p.images === 2 && p.steps === 6)).toBe(true);
    expect(progress.every((p) => p.step >= 0 && p.step <= p.steps && typeof p.etaSeconds === "number")).toBe(true);
    expect(progress.some((p) => p.preview?.[1] === 0x50)).toBe(true);
  });

  it("gives servers older than 1.9 (no /sdapi/v1/schedulers) the combined sampler name and a model override", async () => {
    fake.options.schedulers = false;
    await run({ ...request, batchCount: 1, batchSize: 1, model: "v1-5-pruned.safetensors", noiseSource: "nv" }).result;
    const body = lastBody("/sdapi/v1/txt2img");
    expect(body.sampler_name).toBe("DPM++ 2M Karras");
    expect(body).not.toHaveProperty("scheduler");
    expect(body.override_settings).toEqual({ randn_source: "GPU", sd_model_checkpoint: "v1-5-pruned.safetensors" });
    fake.options.schedulers = true;
  });

  it("sends img2img with the image in base64, the resize mode's number and the denoising strength", async () => {
    const image = makePng(16, 16, [255, 0, 0]);
    await run({ ...request, batchCount: 1, batchSize: 1, img2img: { image, resizeMode: "crop-and-resize", denoisingStrength: 0.6 } }).result;
    const body = lastBody("/sdapi/v1/img2img");
    expect(body.init_images).toEqual([Buffer.from(image).toString("base64")]);
    expect(body).toMatchObject({ resize_mode: 1, denoising_strength: 0.6 });
  });

  it("says which URL cannot be reached, in both languages", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const error = await run(request, { url }).result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "model_unavailable" });
    expect((error as AppError).message).toContain(`Cannot reach the AUTOMATIC1111 server at ${url} (ECONNREFUSED)`);
    expect((error as AppError).messageZh).toContain(`无法连接 AUTOMATIC1111 服务器 ${url}`);
  });

  it("passes on the server's own message for an HTTP 500", async () => {
    fake.options.fail = { status: 500, body: JSON.stringify({ error: "OutOfMemoryError", detail: "CUDA out of memory" }) };
    const error = await run(request).result.catch((e: unknown) => e);
    fake.options.fail = undefined;
    expect(error).toMatchObject({ code: "render_failed", status: 502 });
    expect((error as AppError).message).toBe(`The AUTOMATIC1111 server at ${fake.url} answered /sdapi/v1/txt2img with HTTP 500: CUDA out of memory`);
  });

  it("gives up after the timeout", async () => {
    fake.options.stepMs = 200;
    const error = await run({ ...request, batchCount: 1 }, { timeoutMs: 300 }).result.catch((e: unknown) => e);
    fake.options.stepMs = 15;
    expect(error).toMatchObject({ code: "render_failed" });
    expect((error as AppError).message).toContain("did not answer within 0.3 s");
    await fetch(`${fake.url}/sdapi/v1/interrupt`, { method: "POST" });
  });

  it("interrupts the server when cancelled mid-render", async () => {
    const controller = new AbortController();
    const before = fake.interrupts;
    fake.options.stepMs = 50;
    const rendering = fake.rendering();
    const { result } = run({ ...request, steps: 40 }, { signal: controller.signal });
    await rendering;
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: "AbortError" });
    await expect.poll(() => fake.interrupts).toBe(before + 1);
    fake.options.stepMs = 15;
  });
});
