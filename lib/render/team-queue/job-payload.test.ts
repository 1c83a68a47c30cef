import { describe, expect, it } from "vitest";
import { validateRenderRequest } from "../render-request-schema";
import { makePng } from "@/tests/support/test-images";
import type { BackendChoice } from "../backend-choice";
import { backendKey, decodeJobPayload, encodeJobPayload, imagesOf } from "./job-payload";

describe("a team job's stored request", () => {
  it("round-trips the validated request and the backend chosen at submit, the img2img image as base64", () => {
    const image = makePng(2, 2, [1, 2, 3]);
    const request = validateRenderRequest({ prompt: "a cat", steps: 4, seed: 9, img2img: { image, denoisingStrength: 0.4 } });
    const json = encodeJobPayload({ request, backend: { kind: "a1111", url: "http://127.0.0.1:7860" } });
    expect(JSON.parse(json)).toMatchObject({ backend: { kind: "a1111", url: "http://127.0.0.1:7860" }, request: { prompt: "a cat", img2img: { image: Buffer.from(image).toString("base64") } } });
    expect(decodeJobPayload(json)).toEqual({ request, backend: { kind: "a1111", url: "http://127.0.0.1:7860" } });
  });

  it("refuses a damaged column with a clear message", () => {
    for (const bad of ["not json", "{}", '{"backend":{"kind":"midjourney"},"request":{"prompt":"x"}}', '{"backend":{"kind":"onnx"}}']) {
      expect(() => decodeJobPayload(bad)).toThrow("This render job's stored request is damaged.");
    }
  });

  it("counts a request's images as batch count × batch size", () => {
    expect(imagesOf({ batchCount: 3, batchSize: 2 })).toBe(6);
  });
});

describe("backendKey", () => {
  it("writes one text for one backend, whatever its keys' order", () => {
    expect(backendKey({ url: "http://gpu:7860", kind: "a1111" } as BackendChoice)).toBe('{"kind":"a1111","url":"http://gpu:7860"}');
    expect(backendKey({ kind: "a1111", url: "http://gpu:7860" })).toBe(backendKey({ url: "http://gpu:7860", kind: "a1111" } as BackendChoice));
    expect(backendKey({ kind: "onnx" })).not.toBe(backendKey({ kind: "comfyui", url: "http://gpu:8188" }));
  });
});
