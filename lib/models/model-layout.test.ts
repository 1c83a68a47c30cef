import { describe, expect, it } from "vitest";
import { checkPartIo, type TensorInfo } from "./model-layout";

const t = (name: string, type: string, shape: Array<number | string>): TensorInfo => ({ name, isTensor: true, type, shape });
const unetInputs = [t("sample", "float32", ["batch", 4, "h", "w"]), t("timestep", "int64", ["batch"]), t("encoder_hidden_states", "float32", ["batch", "seq", 768])];
const unetOutputs = [t("out_sample", "float32", ["batch", 4, "h", "w"])];

describe("checkPartIo", () => {
  it("maps each role to the export's tensor (int64 timestep accepted)", () => {
    const { io, problems } = checkPartIo("unet", "unet/model.onnx", unetInputs, unetOutputs);
    expect(problems).toEqual([]);
    expect(io.timestep).toEqual({ name: "timestep", type: "int64", shape: ["batch"] });
    expect(io.context.shape).toEqual(["batch", "seq", 768]);
  });

  it("says exactly what is missing or incompatible, in English and Chinese", () => {
    const inputs = [t("sample", "float16", ["batch", 4, "h", "w"]), t("timestep", "float32", []), t("text_embeds", "float32", ["batch", 1280])];
    const { problems } = checkPartIo("unet", "unet/model.onnx", inputs, [t("out_sample", "float32", ["batch", 8, "h", "w"])]);
    expect(problems.map((p) => p.en)).toEqual([
      'unet/model.onnx input "sample": is float16, expected float32 (a float16 export: use a float32 one)',
      'unet/model.onnx input "timestep": has rank 0, expected 1',
      'unet/model.onnx has no input "encoder_hidden_states" (expected rank 3 float32)',
      'unet/model.onnx output "out_sample": has size 8 on axis 1, expected 4',
      'unet/model.onnx needs an input "text_embeds" this pipeline does not provide (SDXL or LCM exports are not supported)',
    ]);
    expect(problems[2].zh).toBe('unet/model.onnx 缺少输入 "encoder_hidden_states"（应为 rank 3 float32）');
  });

  it("accepts a VAE encoder that returns latent_parameters, and any names for TAESD", () => {
    const enc = checkPartIo("vaeEncoder", "vae_encoder/model.onnx", [t("sample", "float32", ["b", 3, "h", "w"])], [t("latent_parameters", "float32", ["b", 8, "h", "w"])]);
    expect(enc.problems).toEqual([]);
    const taesd = checkPartIo("taesdDecoder", "taesd_decoder.onnx", [t("x", "float32", ["b", 4, "h", "w"])], [t("y", "float32", ["b", 3, "H", "W"])]);
    expect(taesd.io).toMatchObject({ latent: { name: "x" }, image: { name: "y" } });
  });
});
