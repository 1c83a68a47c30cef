import { useTestDatabase } from "@/tests/support/test-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../../db/client.server";
import { AppError } from "../../../errors";
import { inflateZlib } from "../../../png/inflate.server";
import { readPngText } from "../../../png/png-text";
import type { RenderProgress, RenderRequest } from "../../render-types";
import { SAMPLER_NAMES } from "../../../diffusion/sampling-types";
import { addModelFolder } from "./install-model.server";
import { createOnnxBackend, getDefaultModel } from "./onnx-backend.server";
import { writeTinyModel } from "./tiny-model/make-tiny-model";

useTestDatabase();
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const modelDir = path.join(tmp("render-model-"), "tiny-sd");
const outputDir = tmp("render-out-");
const backend = createOnnxBackend({ outputDir });
type Hooks = Parameters<typeof backend.render>[1];
const noHooks = (): Hooks => ({ onProgress: () => {}, signal: new AbortController().signal });
let modelId = "";

const request = (over: Partial<RenderRequest> = {}): RenderRequest => ({
  prompt: "a (cat:1.2) in a [garden:forest:3]", negative: "blurry", sampler: "Euler a", steps: 6, cfgScale: 7, seed: 1,
  width: 64, height: 64, batchCount: 1, batchSize: 1, noiseSource: "nv", model: modelId, ...over,
});
const render = (over: Partial<RenderRequest> = {}, hooks: Hooks = noHooks()) => backend.render(request(over), hooks);
const pngText = (png: Uint8Array) => readPngText(png, { inflate: inflateZlib });
const pixels = async (png: Uint8Array) => new Uint8Array(await sharp(png).raw().toBuffer());

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  writeTinyModel(modelDir);
  modelId = (await addModelFolder(modelDir)).id;
});
afterAll(() => backend.unload());

describe("onnxBackend on the tiny model", () => {
  it("renders 64×64 bit-identically for a seed, differently for another, with A1111 infotext in the PNG", async () => {
    const first = await render();
    const again = await render();
    const other = await render({ seed: 2 });
    expect(first.seed).toBe(1);
    expect(first.images).toHaveLength(1);
    expect(Buffer.from(again.images[0].png).equals(Buffer.from(first.images[0].png))).toBe(true);
    expect(Buffer.from(await pixels(other.images[0].png)).equals(Buffer.from(await pixels(first.images[0].png)))).toBe(false);
    const meta = await sharp(first.images[0].png).metadata();
    expect([meta.format, meta.width, meta.height, meta.channels]).toEqual(["png", 64, 64, 3]);
    const hash = (await getDefaultModel())!.sha256!.slice(0, 10);
    const infotext = `a (cat:1.2) in a [garden:forest:3]\nNegative prompt: blurry\nSteps: 6, Sampler: Euler a, CFG scale: 7, Seed: 1, Size: 64x64, Model hash: ${hash}, Model: tiny-sd`;
    expect(first.images[0].infotext).toBe(infotext);
    expect(pngText(first.images[0].png)).toEqual({ parameters: infotext });
  });

  it("saves each image under the output folder and records it", async () => {
    const before = await getPrisma().renderOutput.count();
    const result = await render({ seed: 77 });
    const rows = await getPrisma().renderOutput.findMany({ orderBy: { id: "desc" }, take: 1 });
    expect(await getPrisma().renderOutput.count()).toBe(before + 1);
    expect(rows[0]).toMatchObject({ seed: 77n, infotext: result.images[0].infotext });
    expect(rows[0].path.startsWith(outputDir)).toBe(true);
    expect(path.basename(rows[0].path)).toMatch(/^\d{5}-77\.png$/);
    expect(fs.readFileSync(rows[0].path).equals(Buffer.from(result.images[0].png))).toBe(true);
  });

  it("reports every step with a preview, and runs batches with A1111's seeds", async () => {
    const events: RenderProgress[] = [];
    const result = await render({ seed: 10, batchCount: 2, batchSize: 2 }, { onProgress: (p) => void events.push(p), signal: new AbortController().signal });
    expect(result.images.map((i) => i.seed)).toEqual([10, 11, 12, 13]);
    expect(result.images[3].infotext).toContain("Seed: 13, Size: 64x64");
    expect(events.map((e) => `${e.image}/${e.images}:${e.step}/${e.steps}`)).toEqual([1, 2].flatMap((b) => [1, 2, 3, 4, 5, 6].map((s) => `${b}/2:${s}/6`)));
    const preview = await sharp(events[0].preview!).metadata();
    expect([preview.format, preview.width, preview.height]).toEqual(["png", 64, 64]); // TAESD: full size
  });

  it("resolves seed -1, writes variation seeds and the CPU source into the infotext", async () => {
    const random = await render({ seed: -1 });
    expect(Number.isInteger(random.seed) && random.seed >= 0 && random.seed < 4294967294).toBe(true);
    expect(random.images[0].infotext).toContain(`Seed: ${random.seed},`);
    const varied = await render({ subseed: 5, subseedStrength: 0.5, noiseSource: "cpu", batchSize: 2 });
    expect(varied.images.map((i) => i.seed)).toEqual([1, 1]);
    expect(varied.images[1].infotext).toMatch(/Seed: 1, Size: 64x64, .*Model: tiny-sd, Variation seed: 6, Variation seed strength: 0\.5, RNG: CPU$/);
  });

  it("runs every sampler", async () => {
    const images = new Set<string>();
    for (const sampler of SAMPLER_NAMES) {
      const result = await render({ sampler, steps: 4 });
      images.add(Buffer.from(await pixels(result.images[0].png)).toString("base64"));
      expect(result.images[0].infotext).toContain(`Sampler: ${sampler},`);
    }
    expect(images.size).toBe(SAMPLER_NAMES.length);
  });

  it("warns about extra networks and renders img2img in each resize mode", async () => {
    expect((await render({ prompt: "a cat <lora:film:0.8>" })).warnings?.[0].message).toMatch(/left out: <lora:film:0\.8>$/);
    const gradient = Uint8Array.from({ length: 80 * 40 * 3 }, (_, i) => (i * 7) % 256);
    const image = new Uint8Array(await sharp(gradient, { raw: { width: 80, height: 40, channels: 3 } }).png().toBuffer());
    const outputs = new Set<string>();
    for (const resizeMode of ["just-resize", "crop-and-resize", "resize-and-fill"] as const) {
      const result = await render({ img2img: { image, resizeMode, denoisingStrength: 0.5 } });
      expect(result.images[0].infotext).toMatch(/Model: tiny-sd, Denoising strength: 0\.5$/);
      outputs.add(Buffer.from(result.images[0].png).toString("base64"));
    }
    expect(outputs.size).toBe(3);
  });

  it("answers an unreadable img2img image or an unknown model with a clear AppError, and keeps working", async () => {
    // The request's values were checked at the edge (render-request-schema.test.ts); the image's bytes are read here.
    const garbage = await failure(render({ img2img: { image: Uint8Array.of(1, 2, 3), resizeMode: "just-resize", denoisingStrength: 0.5 } }));
    expect(garbage.code).toBe("invalid_input");
    expect(garbage.message).toMatch(/^The img2img image could not be read/);
    const truncated = new Uint8Array(await sharp(Buffer.alloc(64 * 64 * 3), { raw: { width: 64, height: 64, channels: 3 } }).png().toBuffer()).subarray(0, 60);
    expect((await failure(render({ img2img: { image: truncated, resizeMode: "just-resize", denoisingStrength: 0.5 } }))).message).toMatch(/^The img2img image could not be read/);
    expect((await failure(render({ model: "no-such-model" }))).code).toBe("not_found");
    expect((await render()).images).toHaveLength(1);
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    const rendering = render({ steps: 20 }, { onProgress: (p) => void (p.step === 2 && controller.abort(new Error("cancelled by test"))), signal: controller.signal });
    await expect(rendering).rejects.toThrow("cancelled by test");
    expect((await render()).images).toHaveLength(1);
  });
});

describe("onnxBackend with other models", () => {
  it("switches models, previews latents cheaply without TAESD, and ignores CFG on a Turbo model", async () => {
    const turbo = path.join(tmp("render-turbo-"), "sd-turbo");
    writeTinyModel(turbo, { name: "stabilityai/sd-turbo", taesd: false, timestepType: "int64", seed: 9 });
    const events: RenderProgress[] = [];
    const hooks: Hooks = { onProgress: (p) => void events.push(p), signal: new AbortController().signal };
    const a = await render({ model: turbo, sampler: "Euler a", steps: 1, cfgScale: 1 }, hooks);
    const b = await render({ model: turbo, sampler: "Euler a", steps: 1, cfgScale: 7 });
    expect(Buffer.from(await pixels(a.images[0].png)).equals(Buffer.from(await pixels(b.images[0].png)))).toBe(true);
    expect(a.images[0].infotext).toMatch(/Model: sd-turbo$/);
    const preview = await sharp(events[0].preview!).metadata();
    expect([preview.width, preview.height]).toEqual([8, 8]); // A1111's cheap approximation: latent size
    expect((await render()).images[0].infotext).toMatch(/Model: tiny-sd$/); // and back
  });

  it("falls back to the CPU with a warning when CUDA is asked for but not installed", async () => {
    const cuda = createOnnxBackend({ outputDir: null, device: "cuda" });
    const result = await cuda.render(request(), noHooks());
    expect(result.warnings?.map((w) => w.message)).toEqual([expect.stringMatching(/^Rendered on the CPU: /)]);
    await cuda.unload();
  });
});
