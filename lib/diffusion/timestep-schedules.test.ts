import { describe, expect, it } from "vitest";
import reference from "./fixtures/sigmas.json";
import { modelSigmas } from "./sigmas";
import { ddimSigmas, ddimTimesteps, lcmBoundaryScalings, lcmSigmas, lcmSigmaToTimestep } from "./timestep-schedules";

describe("A1111's DDIM and LCM schedules", () => {
  it("lists DDIM's timesteps as CompVisSampler.get_timesteps", () => {
    for (const [steps, expected] of Object.entries(reference.ddimTimesteps)) expect(ddimTimesteps(Number(steps))).toEqual(expected);
  });

  it("gives DDIM the model sigma of each timestep, descending, then 0", () => {
    const sigmas = modelSigmas();
    expect(ddimSigmas(4)).toEqual([sigmas[751], sigmas[501], sigmas[251], sigmas[1], 0]);
  });

  it("builds LCMCompVisDenoiser.get_sigmas", () => {
    for (const [steps, expected] of Object.entries(reference.lcm)) {
      const actual = lcmSigmas(Number(steps));
      expect(actual).toHaveLength(expected.length);
      expected.forEach((e, i) => expect(Math.abs(actual[i] - e)).toBeLessThanOrEqual(2e-6 * e));
    }
  });

  it("quantises sigma to the 50 LCM timesteps", () => {
    const { sigmas, timesteps } = reference.lcmSigmaToTimestep;
    expect(sigmas.map((s) => lcmSigmaToTimestep(s))).toEqual(timesteps);
  });

  it("has LCM's boundary scalings near (0, 1) for every LCM timestep", () => {
    const { cSkip, cOut } = lcmBoundaryScalings(lcmSigmas(4)[3]);
    expect(cSkip).toBeCloseTo(0.25 / (190 ** 2 + 0.25), 12);
    expect(cOut).toBeCloseTo(190 / Math.sqrt(190 ** 2 + 0.25), 12);
  });
});
