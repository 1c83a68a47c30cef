import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as ort from "onnxruntime-node";
import { describe, expect, it } from "vitest";
import { writeTinyModel } from "./make-tiny-model";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "tiny-model-"));
const meta = (s: ort.InferenceSession) => ({
  inputs: s.inputMetadata.map((m) => (m.isTensor ? [m.name, m.type, m.shape] : [m.name])),
  outputs: s.outputMetadata.map((m) => (m.isTensor ? [m.name, m.type, m.shape] : [m.name])),
});

describe("writeTinyModel", () => {
  it("writes the Optimum/diffusers layout, small, with the export's names, dtypes and symbolic dims", async () => {
    const dir = tmp();
    expect(writeTinyModel(dir)).toEqual([
      "model_index.json", "scheduler/scheduler_config.json", "taesd_decoder.onnx", "text_encoder/config.json",
      "text_encoder/model.onnx", "unet/model.onnx", "vae_decoder/model.onnx", "vae_encoder/model.onnx",
    ]);
    const total = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((n, e) => n + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
    expect(total).toBeLessThan(250_000);
    const open = (f: string) => ort.InferenceSession.create(path.join(dir, f));
    expect(meta(await open("text_encoder/model.onnx"))).toEqual({
      inputs: [["input_ids", "int32", ["batch", "sequence"]]],
      outputs: [["last_hidden_state", "float32", ["batch", 77, 32]], ["pooler_output", "float32", ["batch", 32]]],
    });
    expect(meta(await open("unet/model.onnx"))).toEqual({
      inputs: [["sample", "float32", ["batch", 4, "height", "width"]], ["timestep", "float32", ["batch"]], ["encoder_hidden_states", "float32", ["batch", "sequence", 32]]],
      outputs: [["out_sample", "float32", ["batch", 4, "height", "width"]]],
    });
    expect(meta(await open("vae_decoder/model.onnx"))).toEqual({
      inputs: [["latent_sample", "float32", ["batch", 4, "latent_height", "latent_width"]]],
      outputs: [["sample", "float32", ["batch", 3, "height", "width"]]],
    });
    expect(meta(await open("vae_encoder/model.onnx")).outputs).toEqual([["latent_sample", "float32", ["batch", 4, "latent_height", "latent_width"]]]);
    expect(meta(await open("taesd_decoder.onnx")).inputs).toEqual([["latent_sample", "float32", ["batch", 4, "latent_height", "latent_width"]]]);
    const index = JSON.parse(fs.readFileSync(path.join(dir, "model_index.json"), "utf8"));
    expect(index.unet).toEqual(["onnxruntime", "OnnxRuntimeModel"]);
  });

  it("runs: two 77-token chunks encode to [2, 77, 32], the VAE decodes 8× up, the encoder 8× down", async () => {
    const dir = tmp();
    writeTinyModel(dir);
    const text = await ort.InferenceSession.create(path.join(dir, "text_encoder/model.onnx"));
    const ids = new Int32Array(154).fill(49407);
    ids[0] = ids[77] = 49406;
    const { last_hidden_state } = await text.run({ input_ids: new ort.Tensor("int32", ids, [2, 77]) });
    expect(last_hidden_state.dims).toEqual([2, 77, 32]);
    const decoder = await ort.InferenceSession.create(path.join(dir, "vae_decoder/model.onnx"));
    const { sample } = await decoder.run({ latent_sample: new ort.Tensor("float32", new Float32Array(4 * 8 * 6), [1, 4, 8, 6]) });
    expect(sample.dims).toEqual([1, 3, 64, 48]);
    const encoder = await ort.InferenceSession.create(path.join(dir, "vae_encoder/model.onnx"));
    const { latent_sample } = await encoder.run({ sample: new ort.Tensor("float32", new Float32Array(3 * 64 * 48), [1, 3, 64, 48]) });
    expect(latent_sample.dims).toEqual([1, 4, 8, 6]);
  });

  it("writes an int64 timestep (as Optimum exports) and repeats byte for byte with the same seed", async () => {
    const [a, b] = [tmp(), tmp()];
    writeTinyModel(a, { timestepType: "int64", taesd: false });
    writeTinyModel(b, { timestepType: "int64", taesd: false });
    expect(fs.readFileSync(path.join(a, "unet/model.onnx"))).toEqual(fs.readFileSync(path.join(b, "unet/model.onnx")));
    expect(fs.existsSync(path.join(a, "taesd_decoder.onnx"))).toBe(false);
    const unet = await ort.InferenceSession.create(path.join(a, "unet/model.onnx"));
    expect(meta(unet).inputs[1]).toEqual(["timestep", "int64", ["batch"]]);
    const out = await unet.run({
      sample: new ort.Tensor("float32", new Float32Array(2 * 4 * 8 * 8), [2, 4, 8, 8]),
      timestep: new ort.Tensor("int64", BigInt64Array.of(999n, 999n), [2]),
      encoder_hidden_states: new ort.Tensor("float32", new Float32Array(2 * 154 * 32), [2, 154, 32]),
    });
    expect(out.out_sample.dims).toEqual([2, 4, 8, 8]);
  });
});
