import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { makePng } from "@/tests/support/test-images";
import { validateRenderRequest } from "./render-request-schema";
import { estimateEtaSeconds, renderFraction } from "./render-eta";

const messageOf = (input: unknown) => {
  try {
    validateRenderRequest(input);
    return "";
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_input");
    return (error as AppError).message;
  }
};

describe("validateRenderRequest", () => {
  it("fills in A1111's defaults", () => {
    expect(validateRenderRequest({ prompt: "a cat" })).toEqual({
      prompt: "a cat", negative: "", sampler: "Euler a", steps: 20, cfgScale: 7, seed: -1, width: 512, height: 512, batchCount: 1, batchSize: 1, noiseSource: "nv", model: null,
    });
  });

  it("accepts the edges of every range", () => {
    expect(messageOf({ prompt: "", steps: 1, cfgScale: 0, seed: 0, width: 64, height: 2048, batchCount: 16, batchSize: 8, sampler: "LCM" })).toBe("");
    expect(messageOf({ prompt: "", steps: 150, cfgScale: 30, seed: 2 ** 32 - 1, subseed: -1, subseedStrength: 1 })).toBe("");
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ["steps 0", { steps: 0 }, "steps: steps must be between 1 and 150"],
    ["steps 10,000", { steps: 10_000 }, "steps: steps must be between 1 and 150"],
    ["fractional steps", { steps: 2.5 }, "steps must be a whole number"],
    ["negative CFG", { cfgScale: -1 }, "cfgScale: CFG scale must be between 0 and 30"],
    ["width not a multiple of 8", { width: 500 }, "width: width must be a multiple of 8"],
    ["height over 2048", { height: 4096 }, "height: height must be between 64 and 2048"],
    ["batch count 17", { batchCount: 17 }, "batchCount: batch count must be between 1 and 16"],
    ["batch size 9", { batchSize: 9 }, "batchSize: batch size must be between 1 and 8"],
    ["seed -2", { seed: -2 }, "seed: seed must be -1 (random) or 0 to 4294967295"],
    ["seed 2^32", { seed: 2 ** 32 }, "seed must be -1 (random) or 0 to 4294967295"],
    ["unknown sampler", { sampler: "Heun" }, "sampler: sampler must be one of: Euler a, Euler, DDIM, DPM++ 2M Karras, DPM++ 2S a Karras, LCM"],
    ["not an image", { img2img: { image: new TextEncoder().encode("hello"), resizeMode: "just-resize", denoisingStrength: 0.5 } }, "img2img.image: the img2img image is not a PNG, JPEG or WebP image"],
    ["image over 20 MB", { img2img: { image: new Uint8Array(20 * 1024 * 1024 + 1), denoisingStrength: 0.5 } }, "the img2img image is larger than 20 MB"],
    ["denoising over 1", { img2img: { image: makePng(1, 1, [0, 0, 0]), denoisingStrength: 1.5 } }, "img2img.denoisingStrength: denoising strength must be between 0 and 1"],
    ["unknown resize mode", { img2img: { image: makePng(1, 1, [0, 0, 0]), resizeMode: "zoom" } }, "resize mode must be one of"],
  ];
  for (const [name, input, expected] of bad) {
    it(`rejects ${name}`, () => expect(messageOf({ prompt: "a cat", ...input })).toContain(expected));
  }

  it("lists every problem at once, in English and Chinese", () => {
    try {
      validateRenderRequest({ prompt: "x", steps: 0, width: 7 });
    } catch (error) {
      expect((error as AppError).message).toMatch(/^Invalid render request: steps: .*; width: /);
      expect((error as AppError).messageZh).toMatch(/^渲染请求无效：/);
    }
  });
});

describe("render ETA", () => {
  it("counts whole images before the current one", () => {
    expect(renderFraction({ step: 10, steps: 20, image: 2, images: 2 })).toBe(0.75);
    expect(renderFraction({ step: 5, steps: 20, image: 0, images: 1 })).toBe(0.25);
    expect(estimateEtaSeconds(10_000, 0.25)).toBe(30);
    expect(estimateEtaSeconds(10_000, 0)).toBeNull();
  });
});
