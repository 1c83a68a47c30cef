import { describe, expect, it } from "vitest";
import { applyCfg } from "../../../diffusion/guidance";
import { planConditioning } from "./conditioning-plan";
import { createDenoiser, type UnetCall } from "./denoiser";
import { StepContexts } from "./step-context";
import type { Conditioning } from "./text-conditioning";

const cond = (v: number): Conditioning => ({ data: new Float32Array(77).fill(v), tokens: 77, hidden: 1 });

// A UNet whose output for each row is that row's context value, so prompt and negative rows are told apart.
const unet = (seen: number[]): UnetCall => async (input, t, ctx) => {
  seen.push(t);
  const size = input.length / ctx.batch;
  return Float32Array.from(input, (_, i) => ctx.data[Math.floor(i / size) * ctx.tokens * ctx.hidden]);
};

describe("createDenoiser", () => {
  const encoded = new Map([["c", cond(1)], [" d", cond(3)], ["u", cond(2)]]);

  it("turns ε into x0 = x − σε and applies CFG: u + cfg·(c − u)", async () => {
    const plan = planConditioning("c", "u", 10);
    const seen: number[] = [];
    const denoise = createDenoiser({
      unet: unet(seen), contexts: new StepContexts(plan, encoded, cond(0), 1, true), images: 1, latentSize: 2,
      cfgScale: 7, weights: [1], predictionType: "epsilon", sigmaToTimestep: (s) => s * 100,
    });
    const out = await denoise(Float32Array.of(0.5, -1), 2, 0);
    // x0(cond) = x − 2·1 = [-1.5, -3]; x0(uncond) = x − 2·2 = [-3.5, -5]; u + 7(c − u) = [-3.5 + 14, -5 + 14]
    expect(Array.from(out)).toEqual([10.5, 9]);
    expect(seen).toEqual([200]);
  });

  it("weights AND parts and, without the negative batch, takes their weighted mean", async () => {
    const plan = planConditioning("c AND d:0.5", "u", 10);
    const withCfg = createDenoiser({
      unet: unet([]), contexts: new StepContexts(plan, encoded, cond(0), 2, true), images: 2, latentSize: 1,
      cfgScale: 2, weights: [1, 0.5], predictionType: "epsilon", sigmaToTimestep: (s) => s,
    });
    // per image x=1, σ=1: c → 0, d → −2, u → −1; u + 2·(1·(0+1) + 0.5·(−2+1)) = −1 + 2·0.5 = 0
    expect(Array.from(await withCfg(Float32Array.of(1, 1), 1, 0))).toEqual([0, 0]);
    const noCfg = createDenoiser({
      unet: unet([]), contexts: new StepContexts(plan, encoded, cond(0), 1, false), images: 1, latentSize: 1,
      cfgScale: 1, weights: [1, 0.5], predictionType: "epsilon", sigmaToTimestep: (s) => s,
    });
    expect((await noCfg(Float32Array.of(1), 1, 0))[0]).toBeCloseTo((1 * 0 + 0.5 * -2) / 1.5, 6);
  });

  it("reads v-prediction as k-diffusion's CompVisVDenoiser", async () => {
    const plan = planConditioning("c", "", 10);
    const denoise = createDenoiser({
      unet: unet([]), contexts: new StepContexts(plan, encoded, cond(0), 1, false), images: 1, latentSize: 1,
      cfgScale: 1, weights: [1], predictionType: "v_prediction", sigmaToTimestep: (s) => s,
    });
    // v = 1, x = 1, σ = 2: x0 = v·(−σ/√(σ²+1)) + x/(σ²+1)
    expect((await denoise(Float32Array.of(1), 2, 0))[0]).toBeCloseTo(-2 / Math.sqrt(5) + 1 / 5, 6);
  });

  it("guides one image in one pass exactly as CFG then x0 would, leaving x alone", async () => {
    const size = 1024;
    const x = Float32Array.from({ length: size }, (_, i) => Math.sin(i) * 3);
    const eps = Float32Array.from({ length: 2 * size }, (_, i) => Math.cos(i * 1.7) * (i < size ? 1 : 0.7));
    const plan = planConditioning("c", "u", 10);
    for (const predictionType of ["epsilon", "v_prediction"] as const) {
      const denoise = createDenoiser({
        unet: async () => eps.slice(), contexts: new StepContexts(plan, encoded, cond(0), 1, true), images: 1, latentSize: size,
        cfgScale: 7.5, weights: [1], predictionType, sigmaToTimestep: (s) => s,
      });
      const sigma = 3.7;
      const before = x.slice();
      const out = await denoise(x, sigma, 0);
      const guided = applyCfg(eps.subarray(size), eps.subarray(0, size), 7.5);
      const [a, b] = predictionType === "epsilon" ? [-sigma, 1] : [-sigma / Math.sqrt(sigma * sigma + 1), 1 / (sigma * sigma + 1)];
      expect(Array.from(out)).toEqual(Array.from(guided, (g, i) => Math.fround(a * g + b * x[i])));
      expect(x).toEqual(before);
    }
  });
});
