const SAMPLERS: Record<string, string> = {
  euler: "Euler", euler_ancestral: "Euler a", heun: "Heun", dpm_2: "DPM2", dpm_2_ancestral: "DPM2 a", lms: "LMS",
  dpm_fast: "DPM fast", dpm_adaptive: "DPM adaptive", dpmpp_2s_ancestral: "DPM++ 2S a", dpmpp_sde: "DPM++ SDE",
  dpmpp_2m: "DPM++ 2M", dpmpp_2m_sde: "DPM++ 2M SDE", dpmpp_3m_sde: "DPM++ 3M SDE", ddim: "DDIM", uni_pc: "UniPC", lcm: "LCM",
  k_euler: "Euler", k_euler_ancestral: "Euler a", k_dpmpp_2m: "DPM++ 2M", k_dpmpp_2s_ancestral: "DPM++ 2S a", k_dpmpp_sde: "DPM++ SDE", k_dpm_2: "DPM2",
};
const SCHEDULERS: Record<string, string> = { karras: "Karras", exponential: "Exponential", sgm_uniform: "SGM Uniform", simple: "Simple", normal: "", ddim_uniform: "DDIM", beta: "Beta" };

/** A1111's sampler label for a ComfyUI or NovelAI sampler (and scheduler), e.g. dpmpp_2m + karras → "DPM++ 2M Karras". */
export function a1111SamplerName(sampler: string, scheduler?: string): string {
  const base = SAMPLERS[sampler] ?? sampler;
  const schedule = scheduler === undefined ? "" : (SCHEDULERS[scheduler] ?? scheduler);
  return schedule ? `${base} ${schedule}` : base;
}
