import { describe, expect, it } from "vitest";
import type { RenderBackend, RenderRequest } from "../render-types";
import { createBuiltinBackend, describeBuiltinModel } from "./builtin.server";

const request = { prompt: "a cat", negative: "", sampler: "Euler a", steps: 1, cfgScale: 7, seed: 1, width: 64, height: 64, batchCount: 1, batchSize: 1, noiseSource: "nv", model: null } satisfies RenderRequest;
const hooks = { onProgress: () => {}, signal: new AbortController().signal };
const missing = () => Promise.reject(new Error("Cannot find module onnx-backend.server"));
const fakeBackend: RenderBackend = { id: "onnx", render: async () => ({ images: [], seed: 5 }) };

describe("the built-in backend", () => {
  it("says how to install a model, in both languages, when the pipeline is not there", async () => {
    await expect(createBuiltinBackend(missing).render(request, hooks)).rejects.toMatchObject({
      code: "model_unavailable",
      message: "No built-in model is installed: run npx promptstudio models pull <repo> or models add <folder>",
      messageZh: expect.stringContaining("models pull"),
    });
    expect(await describeBuiltinModel(missing)).toMatchObject({ available: false, message: expect.stringContaining("models add <folder>") });
  });

  it("hands renders to the pipeline's onnxBackend and reports its default model", async () => {
    await expect(createBuiltinBackend(async () => ({ onnxBackend: fakeBackend })).render(request, hooks)).resolves.toEqual({ images: [], seed: 5 });
    expect(await describeBuiltinModel(async () => ({ onnxBackend: fakeBackend, getDefaultModel: async () => ({ id: "tiny-sd" }) }))).toEqual({ available: true, model: "tiny-sd" });
    expect(await describeBuiltinModel(async () => ({ onnxBackend: fakeBackend, getDefaultModel: async () => null }))).toMatchObject({ available: false });
  });

  it("loads the real module lazily without failing when it is missing or present", async () => {
    const status = await describeBuiltinModel();
    expect(typeof status.available).toBe("boolean");
  });
});
