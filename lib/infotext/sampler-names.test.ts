import { describe, expect, it } from "vitest";
import { a1111SamplerName, invokeAiSamplerName } from "./sampler-names";

describe("a1111SamplerName", () => {
  const cases: Array<[string, string | undefined, string, string]> = [
    ["dpmpp_2m_sde_gpu", undefined, "DPM++ 2M SDE", "Fooocus"],
    ["dpmpp_2m_sde_gpu", "karras", "DPM++ 2M SDE Karras", "Fooocus"],
    ["dpmpp_2m", "karras", "DPM++ 2M Karras", "ComfyUI, SwarmUI"],
    ["euler", "normal", "Euler", "ComfyUI"],
    ["euler_ancestral", "sgm_uniform", "Euler a SGM Uniform", "ComfyUI"],
    ["k_lms", undefined, "LMS", "NovelAI, InvokeAI 2"],
    ["k_euler_ancestral", undefined, "Euler a", "NovelAI"],
    ["k_euler_a", undefined, "Euler a", "InvokeAI 2"],
    ["k_dpmpp_2", undefined, "DPM++ 2M", "InvokeAI 2"],
    ["plms", undefined, "PLMS", "InvokeAI 2"],
    ["euler_a", undefined, "Euler a", "Easy Diffusion"],
    ["dpm2_a", undefined, "DPM2 a", "Easy Diffusion"],
    ["unipc_snr", undefined, "unipc_snr", "Easy Diffusion: no counterpart, kept"],
    ["Euler A", undefined, "Euler a", "Draw Things"],
    ["DPM++ 2M Karras", undefined, "DPM++ 2M Karras", "Draw Things"],
    ["constructor", "toString", "constructor toString", "keys of Object.prototype are names too"],
  ];
  for (const [sampler, scheduler, expected, tool] of cases) {
    it(`${tool}: ${sampler}${scheduler ? ` + ${scheduler}` : ""} → ${expected}`, () => expect(a1111SamplerName(sampler, scheduler)).toBe(expected));
  }
});

describe("invokeAiSamplerName", () => {
  const cases: Array<[string, string]> = [
    ["dpmpp_2m_k", "DPM++ 2M Karras"], ["dpmpp_2m_sde_k", "DPM++ 2M SDE Karras"], ["euler_a", "Euler a"], ["euler_k", "Euler Karras"],
    ["kdpm_2_a", "DPM2 a"], ["pndm", "PLMS"], ["unipc_k", "UniPC Karras"], ["lms", "LMS"], ["deis", "deis"], ["deis_k", "deis_k"],
    ["dpmpp_3m_k", "dpmpp_3m_k"], ["tcd", "tcd"],
  ];
  for (const [scheduler, expected] of cases) it(`${scheduler} → ${expected}`, () => expect(invokeAiSamplerName(scheduler)).toBe(expected));
});
