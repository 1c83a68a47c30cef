import { describe, expect, it } from "vitest";
import reference from "./fixtures/sigmas.json";
import { alphasCumprod, defaultSigmas, karrasSigmas, linspace, modelSigmas, sigmaToTimestep, timestepToSigma } from "./sigmas";

// The references are A1111's float32 computations; ours run in float64 from the same float32 ᾱ.
const RELATIVE = 2e-6;
function expectClose(actual: ArrayLike<number>, expected: number[], relative = RELATIVE) {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(Math.abs(actual[i] - e)).toBeLessThanOrEqual(relative * Math.abs(e) + 1e-9));
}

describe("the SD 1.x/2.x noise levels", () => {
  it("has ldm's alphas_cumprod and k-diffusion's model sigmas", () => {
    const alphas = alphasCumprod();
    const sigmas = modelSigmas();
    expect(alphas).toHaveLength(1000);
    expectClose(reference.alphasCumprod.indices.map((i) => alphas[i]), reference.alphasCumprod.values, 1e-7);
    expectClose(reference.modelSigmas.indices.map((i) => sigmas[i]), reference.modelSigmas.values);
  });

  it("builds k-diffusion's default schedule (get_sigmas)", () => {
    for (const [steps, expected] of Object.entries(reference.default)) expectClose(defaultSigmas(Number(steps)), expected);
  });

  it("builds the Karras schedule between the model's sigma_min and sigma_max", () => {
    for (const [steps, expected] of Object.entries(reference.karras)) expectClose(karrasSigmas(Number(steps)), expected);
  });

  it("maps sigma to the UNet timestep as sigma_to_t, clamped at both ends", () => {
    const { sigmas, timesteps } = reference.sigmaToTimestep;
    sigmas.forEach((s, i) => expect(sigmaToTimestep(s)).toBeCloseTo(timesteps[i], 3));
  });

  it("round-trips timesteps and sigmas, exactly at the table's own values", () => {
    const sigmas = modelSigmas();
    for (const t of [0, 1, 250, 500.5, 998.25, 999]) expect(sigmaToTimestep(timestepToSigma(t))).toBeCloseTo(t, 9);
    for (const t of [0, 1, 51, 951, 999]) expect(sigmaToTimestep(sigmas[t])).toBe(t);
  });

  it("spaces like torch.linspace", () => {
    expect(linspace(999, 0, 3)).toEqual([999, 499.5, 0]);
    expect(linspace(0, 1, 1)).toEqual([0]);
  });
});
