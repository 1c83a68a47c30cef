import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../errors";
import { closeModel, openModel } from "./open-model.server";
import { writeTinyModel } from "./tiny-model/make-tiny-model";

const tinyModel = (options?: Parameters<typeof writeTinyModel>[1]) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "open-model-"));
  writeTinyModel(dir, options);
  return dir;
};

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("openModel", () => {
  it("opens the tiny model: every part, its IO, its width and kind", async () => {
    const loaded = await openModel(tinyModel());
    expect(Object.keys(loaded.sessions).sort()).toEqual(["taesdDecoder", "textEncoder", "unet", "vaeDecoder", "vaeEncoder"]);
    expect(loaded).toMatchObject({ kind: "custom", hiddenSize: 32, turbo: false, device: "cpu" });
    expect(loaded.io.unet!.timestep.type).toBe("float32");
    expect(loaded.model.config.scheduler.predictionType).toBe("epsilon");
    expect(loaded.model.sizeBytes).toBeGreaterThan(100_000);
    await closeModel(loaded);
  });

  it("tells a Turbo model by name and reads an int64 timestep", async () => {
    const loaded = await openModel(tinyModel({ name: "stabilityai/sd-turbo", timestepType: "int64" }));
    expect(loaded.kind).toBe("turbo");
    expect(loaded.io.unet!.timestep.type).toBe("int64");
    await closeModel(loaded);
  });

  it("names a missing folder and missing files", async () => {
    const missing = await failure(openModel("/nonexistent/model"));
    expect(missing.code).toBe("model_unavailable");
    expect(missing.message).toBe("The model in /nonexistent/model cannot be used:\n- the folder does not exist");
    expect(missing.messageZh).toBe("/nonexistent/model 中的模型无法使用：\n- 文件夹不存在");

    const dir = tinyModel();
    fs.rmSync(path.join(dir, "unet"), { recursive: true });
    fs.rmSync(path.join(dir, "vae_decoder/model.onnx"));
    const error = await failure(openModel(dir, { code: "invalid_input" }));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe(`The model in ${dir} cannot be used:\n- unet/model.onnx is missing\n- vae_decoder/model.onnx is missing`);
  });

  it("says which file is truncated, and releases what it opened", async () => {
    const dir = tinyModel();
    const unet = path.join(dir, "unet/model.onnx");
    fs.writeFileSync(unet, fs.readFileSync(unet).subarray(0, 5000));
    const error = await failure(openModel(dir));
    expect(error.message).toMatch(/^The model in .* cannot be used:\n- unet\/model\.onnx could not be loaded \(truncated, corrupt or not ONNX\?\): /);
    expect(error.messageZh).toContain("unet/model.onnx 无法加载");
  });

  it("catches parts of different models and a broken config", async () => {
    const dir = tinyModel();
    const other = tinyModel({ hidden: 48 });
    fs.copyFileSync(path.join(other, "unet/model.onnx"), path.join(dir, "unet/model.onnx"));
    fs.writeFileSync(path.join(dir, "scheduler/scheduler_config.json"), "{ not json");
    const error = await failure(openModel(dir));
    expect(error.message).toContain("- scheduler/scheduler_config.json is not valid JSON");
    expect(error.message).not.toContain("the UNet reads"); // config problems are reported before the ONNX files are opened
    fs.writeFileSync(path.join(dir, "scheduler/scheduler_config.json"), "{}");
    expect((await failure(openModel(dir))).message).toContain("- the text encoder writes 32 values per token but the UNet reads 48 (parts of different models?)");
  });
});
