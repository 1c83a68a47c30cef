// k-diffusion names (ComfyUI, Fooocus, SwarmUI, Easy Diffusion) and the k_ names of NovelAI and InvokeAI 2.
const SAMPLERS: Record<string, string> = {
  euler: "Euler", euler_ancestral: "Euler a", euler_a: "Euler a", heun: "Heun", dpm_2: "DPM2", dpm2: "DPM2",
  dpm_2_ancestral: "DPM2 a", dpm2_a: "DPM2 a", lms: "LMS", dpm_fast: "DPM fast", dpm_adaptive: "DPM adaptive",
  dpmpp_2s_ancestral: "DPM++ 2S a", dpmpp_2s_a: "DPM++ 2S a", dpmpp_sde: "DPM++ SDE", dpmpp_sde_gpu: "DPM++ SDE",
  dpmpp_2m: "DPM++ 2M", dpmpp_2m_sde: "DPM++ 2M SDE", dpmpp_2m_sde_gpu: "DPM++ 2M SDE", dpmpp_3m_sde: "DPM++ 3M SDE",
  dpmpp_3m_sde_gpu: "DPM++ 3M SDE", ddim: "DDIM", plms: "PLMS", uni_pc: "UniPC", lcm: "LCM",
  k_euler: "Euler", k_euler_ancestral: "Euler a", k_euler_a: "Euler a", k_heun: "Heun", k_dpm_2: "DPM2",
  k_dpm_2_ancestral: "DPM2 a", k_dpm_2_a: "DPM2 a", k_lms: "LMS", k_dpm_fast: "DPM fast", k_dpm_adaptive: "DPM adaptive",
  k_dpmpp_2m: "DPM++ 2M", k_dpmpp_2: "DPM++ 2M", k_dpmpp_2s_ancestral: "DPM++ 2S a", k_dpmpp_sde: "DPM++ SDE",
  k_dpmpp_2m_sde: "DPM++ 2M SDE",
  // Draw Things writes A1111-like labels already, but capitalises the a.
  "Euler A": "Euler a",
};
const SCHEDULERS: Record<string, string> = { karras: "Karras", exponential: "Exponential", sgm_uniform: "SGM Uniform", simple: "Simple", normal: "", ddim_uniform: "DDIM", beta: "Beta" };
// InvokeAI 3+ (diffusers scheduler names); a "_k" suffix means Karras sigmas.
const INVOKEAI_SCHEDULERS: Record<string, string> = { kdpm_2: "DPM2", kdpm_2_a: "DPM2 a", pndm: "PLMS", unipc: "UniPC" };

/**
 * A1111's sampler label for a ComfyUI, Fooocus, SwarmUI, Easy Diffusion, NovelAI or InvokeAI 2 sampler (and
 * scheduler); a name without an A1111 counterpart is kept as it is.
 * @example a1111SamplerName("dpmpp_2m_sde_gpu", "karras") // "DPM++ 2M SDE Karras"; a1111SamplerName("k_lms") // "LMS"
 */
export function a1111SamplerName(sampler: string, scheduler?: string): string {
  const base = Object.hasOwn(SAMPLERS, sampler) ? SAMPLERS[sampler] : sampler;
  const schedule = scheduler === undefined ? "" : Object.hasOwn(SCHEDULERS, scheduler) ? SCHEDULERS[scheduler] : scheduler;
  return schedule ? `${base} ${schedule}` : base;
}

/**
 * A1111's sampler label for an InvokeAI 3+ scheduler name; one without a counterpart is kept as it is.
 * @example invokeAiSamplerName("dpmpp_2m_k") // "DPM++ 2M Karras"; invokeAiSamplerName("deis") // "deis"
 */
export function invokeAiSamplerName(scheduler: string): string {
  const karras = scheduler.endsWith("_k");
  const base = karras ? scheduler.slice(0, -2) : scheduler;
  const label = Object.hasOwn(INVOKEAI_SCHEDULERS, base) ? INVOKEAI_SCHEDULERS[base] : Object.hasOwn(SAMPLERS, base) ? SAMPLERS[base] : undefined;
  if (label === undefined) return scheduler;
  return karras ? `${label} Karras` : label;
}
