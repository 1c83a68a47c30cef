import { useTestDatabase } from "@/tests/support/test-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as ort from "onnxruntime-node";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import type { RenderRequest } from "../../../render-types";
import { createOnnxBackend } from "../onnx-backend.server";
import { openModel, closeModel } from "../open-model.server";
import { FULL_SIZE_MODELS, type FullSizeModel, type FullSizeModelName } from "./full-size-configs";
import { NetBuilder } from "./net-builder";
import { countFullSizeModel, writeFullSizeModel } from "./write-full-size-model";

useTestDatabase();
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "full-size-model-"));
const backend = createOnnxBackend({ outputDir: null });
afterAll(() => backend.unload());

// The same graphs at a width a test can write and run in a moment (the real ones are 4–5 GB).
const reduced = (name: FullSizeModelName): FullSizeModel => {
  const full = FULL_SIZE_MODELS[name];
  return {
    ...full,
    unet: { ...full.unet, blockChannels: [32, 32, 64, 64], crossAttentionDim: 32, heads: name === "turbo" ? [1, 1, 2, 2] : [2, 2, 2, 2], normGroups: 8 },
    text: { ...full.text, hidden: 32, layers: 2, heads: 2, intermediate: 64 },
    vae: { ...full.vae, blockChannels: [8, 16, 16, 16], normGroups: 8 },
  };
};

describe("full-size model graphs", () => {
  it("count exactly the released checkpoints' parameters (SD 1.5, SD-Turbo: UNet, CLIP text encoders, VAE, TAESD)", () => {
    for (const model of Object.values(FULL_SIZE_MODELS)) {
      const counts = countFullSizeModel(model);
      expect(Object.fromEntries(Object.entries(counts).map(([part, c]) => [part, c.params]))).toEqual(model.reference);
    }
  });

  it("count the FLOPs of one run at 512×512 (2 per multiply-add of Conv and MatMul)", () => {
    const gflops = (name: FullSizeModelName) => Object.values(countFullSizeModel(FULL_SIZE_MODELS[name])).map((c) => Math.round(c.flops / 1e8) / 10);
    // text encoder, UNet (batch 1, 64×64 latents), VAE decoder, VAE encoder, TAESD decoder
    expect(gflops("sd15")).toEqual([13.3, 803.3, 2514.5, 1116.7, 141.4]);
    expect(gflops("turbo")).toEqual([45.1, 804.3, 2514.5, 1116.7, 141.4]);
    const n = new NetBuilder("one-conv", { seed: 1, dry: true });
    n.conv(n.input("x", "float32", [1, 4, 16, 16], [1, 4, 16, 16]), 8);
    expect([n.params, n.flops]).toEqual([8 * 4 * 9 + 8, 2 * 8 * 16 * 16 * 4 * 9]);
  });

  it("writes the Optimum layout, a big part's weights in model.onnx_data, which onnxruntime reads beside the file", async () => {
    const dir = tmp();
    // The reduced UNet's 2.4M parameters (9.8 MB) stand in for the real one's 3.4 GB over protobuf's limit.
    const written = writeFullSizeModel(dir, reduced("sd15"), { externalAboveBytes: 8_000_000 });
    expect(written.map((w) => [w.part, w.external])).toEqual([
      ["text_encoder/model.onnx", false], ["unet/model.onnx", true], ["vae_decoder/model.onnx", false], ["vae_encoder/model.onnx", false], ["taesd_decoder.onnx", false],
    ]);
    expect(fs.statSync(path.join(dir, "unet/model.onnx")).size).toBeLessThan(500_000);
    expect(fs.statSync(path.join(dir, "unet/model.onnx_data")).size).toBeGreaterThan(9_000_000); // all but the tensors under 1 KB
    const text = await ort.InferenceSession.create(path.join(dir, "text_encoder/model.onnx"));
    const ids = Int32Array.from({ length: 154 }, (_, i) => (i % 77 === 0 ? 49406 : i % 77 < 5 ? 320 + i : 49407));
    const out = await text.run({ input_ids: new ort.Tensor("int32", ids, [2, 77]) });
    expect([out.last_hidden_state.dims, out.pooler_output.dims]).toEqual([[2, 77, 32], [2, 32]]);
    expect((out.last_hidden_state.data as Float32Array).every(Number.isFinite)).toBe(true);
    const unet = await ort.InferenceSession.create(path.join(dir, "unet/model.onnx"));
    const result = await unet.run({
      sample: new ort.Tensor("float32", new Float32Array(2 * 4 * 16 * 16).fill(0.5), [2, 4, 16, 16]),
      timestep: new ort.Tensor("int64", BigInt64Array.of(999n, 999n), [2]),
      encoder_hidden_states: out.last_hidden_state,
    });
    expect(result.out_sample.dims).toEqual([2, 4, 16, 16]);
    expect((result.out_sample.data as Float32Array).every(Number.isFinite)).toBe(true);
  });

  it("load and render in the pipeline unchanged: SD 1.5 with CFG, Turbo told by its name, VAE encoder for img2img", async () => {
    const [sd15, turbo] = [path.join(tmp(), "sd15"), path.join(tmp(), "turbo")];
    writeFullSizeModel(sd15, reduced("sd15"));
    writeFullSizeModel(turbo, reduced("turbo"));
    const loaded = await openModel(turbo);
    expect([loaded.kind, loaded.hiddenSize, Object.keys(loaded.sessions).sort()]).toEqual(["turbo", 32, ["taesdDecoder", "textEncoder", "unet", "vaeDecoder", "vaeEncoder"]]);
    await closeModel(loaded);
    const request: RenderRequest = {
      prompt: "a cat", negative: "blurry", sampler: "Euler a", steps: 2, cfgScale: 7, seed: 1, width: 64, height: 64, batchCount: 1, batchSize: 1, noiseSource: "nv", model: sd15,
    };
    const hooks = { onProgress: () => {}, signal: new AbortController().signal };
    const first = await backend.render(request, hooks);
    const quick = await backend.render({ ...request, model: turbo, steps: 1, cfgScale: 1 }, hooks);
    const png = new Uint8Array(await sharp({ create: { width: 64, height: 64, channels: 3, background: "#808080" } }).png().toBuffer());
    const img2img = await backend.render({ ...request, model: turbo, steps: 2, cfgScale: 1, img2img: { image: png, denoisingStrength: 0.5, resizeMode: "just-resize" } }, hooks);
    for (const result of [first, quick, img2img]) expect((await sharp(result.images[0].png).metadata()).width).toBe(64);
  });
});
