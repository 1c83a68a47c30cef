/**
 * Classifier-free guidance over denoised predictions (A1111's CFGDenoiser.combine_denoised), as new arrays.
 */

/** One AND part of a composable prompt: its denoised prediction and its weight (`a cat :1.2 AND a dog`). */
export interface WeightedPrediction {
  denoised: Float32Array;
  weight: number;
}

/**
 * Classifier-free guidance: uncond + scale × (cond − uncond).
 * @example applyCfg(Float32Array.of(1), Float32Array.of(2), 7) // Float32Array [8]
 */
export function applyCfg(uncond: Float32Array, cond: Float32Array, scale: number): Float32Array {
  if (cond.length !== uncond.length) throw new RangeError(`cfg: ${cond.length} vs ${uncond.length} values`);
  const out = new Float32Array(uncond.length);
  for (let i = 0; i < out.length; i++) out[i] = uncond[i] + scale * (cond[i] - uncond[i]);
  return out;
}

/**
 * A1111's composable diffusion (AND): uncond + Σ (cond_k − uncond) × (weight_k × scale), adding the parts in order.
 * With one part of weight 1 it is applyCfg.
 * @example applyComposableCfg(Float32Array.of(0), [{ denoised: Float32Array.of(1), weight: 0.5 }, { denoised: Float32Array.of(2), weight: 1 }], 2) // [5]
 */
export function applyComposableCfg(uncond: Float32Array, parts: readonly WeightedPrediction[], scale: number): Float32Array {
  const out = uncond.slice();
  for (const { denoised, weight } of parts) {
    if (denoised.length !== uncond.length) throw new RangeError(`cfg: ${denoised.length} vs ${uncond.length} values`);
    const w = weight * scale;
    for (let i = 0; i < out.length; i++) out[i] += (denoised[i] - uncond[i]) * w;
  }
  return out;
}
