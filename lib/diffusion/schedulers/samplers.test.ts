import { describe, expect, it } from "vitest";
import type { Denoiser, SamplerName, SamplerRun } from "../sampling-types";
import reference from "./fixtures/samplers.json";
import { getSampler } from "./index";
import { planSampling } from "./sampling-plan";

// The fixtures' fake model: x0 = 0.5 x / √(1 + σ²), on a 1×4×2×2 latent, with fixed per-step noise.
const fakeDenoiser = (calls: number[]): Denoiser => async (x, sigma) => {
  calls.push(sigma);
  return x.map((v) => (0.5 * v) / Math.sqrt(1 + sigma * sigma));
};
const x0 = Float32Array.from(reference.x0);
const image = Float32Array.from(reference.image);

function fixtureRun(sigmas: number[], imageScale: number, noiseScale: number, calls: number[]) {
  let noiseCalls = 0;
  const run: SamplerRun = {
    sigmas,
    x: x0.map((n, i) => image[i] * imageScale + n * noiseScale),
    denoise: fakeDenoiser(calls),
    noise: () => Float32Array.from(reference.noises[noiseCalls++]),
  };
  return { run, noiseCalls: () => noiseCalls };
}

function expectClose(actual: ArrayLike<number>, expected: number[], tolerance: number) {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(Math.abs(actual[i] - e)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(e))));
}

describe("samplers against k-diffusion and A1111 reference runs", () => {
  for (const c of reference.cases) {
    const mode = c.denoisingStrength === null ? "txt2img" : `img2img at ${c.denoisingStrength}`;
    it(`${c.sampler}, ${c.steps} steps, ${mode}`, async () => {
      const name = c.sampler as SamplerName;
      const strength = c.denoisingStrength ?? undefined;
      const plan = planSampling(name, c.steps, strength);
      expect(getSampler(name).schedule).toBe(c.schedule);
      if (c.sigmas) expectClose(plan.sigmas, c.sigmas, 2e-6);

      const calls: number[] = [];
      const { run, noiseCalls } = fixtureRun(plan.sigmas, plan.imageScale, plan.noiseScale, calls);
      const out = await getSampler(name).sample(run);
      expectClose(calls, c.modelCalls, 2e-6);
      expect(noiseCalls()).toBe(c.noiseCalls);
      expectClose(out, c.out, 1e-5);
    });
  }
});

describe("the sampler loop", () => {
  const names: SamplerName[] = ["Euler a", "Euler", "DDIM", "DPM++ 2M Karras", "DPM++ 2S a Karras", "LCM"];

  for (const name of names) {
    it(`${name}: reports every step, leaves the input alone and stops between steps when aborted`, async () => {
      const sigmas = planSampling(name, 6).sigmas;
      const calls: number[] = [];
      const { run } = fixtureRun(sigmas, 0, sigmas[0], calls);
      const input = run.x.slice();
      const steps: number[] = [];
      await getSampler(name).sample({ ...run, onStep: (i, x, denoised) => void steps.push(i, x.length, denoised.length) });
      expect(run.x).toEqual(input);
      expect(steps).toEqual(Array.from({ length: sigmas.length - 1 }, (_, i) => [i, 16, 16]).flat());

      const controller = new AbortController();
      const before = calls.length;
      const aborted = getSampler(name).sample({ ...run, signal: controller.signal, onStep: (i) => (i === 1 ? controller.abort() : undefined) });
      await expect(aborted).rejects.toThrow(/abort/i);
      const perStep = name === "DPM++ 2S a Karras" ? 2 : 1;
      expect(calls.length - before).toBe(2 * perStep);
    });
  }

  it("rejects a denoiser answer of the wrong size", async () => {
    const run: SamplerRun = { sigmas: [1, 0], x: new Float32Array(4), denoise: async () => new Float32Array(3), noise: () => new Float32Array(4) };
    await expect(getSampler("Euler").sample(run)).rejects.toThrow(RangeError);
  });
});
