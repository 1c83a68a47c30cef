/**
 * A1111's "Approx cheap" live preview for SD 1.x/2.x latents (sd_vae_approx.cheap_approximation, as
 * sd_samplers_common.single_sample_to_image uses it): a fixed 4 → 3 linear map per latent pixel, then
 * × 0.5 + 0.5, clamped to [0, 1], × 255 and truncated to a byte. The image stays at latent resolution (1/8).
 */

/** Rows: latent channels 0–3; columns: R, G, B (A1111's coefficients for SD 1.x). */
export const CHEAP_APPROX_COEFFICIENTS: readonly (readonly [number, number, number])[] = [
  [0.298, 0.207, 0.208],
  [0.187, 0.286, 0.173],
  [-0.158, 0.189, 0.264],
  [-0.184, -0.271, -0.473],
];

/**
 * One image's latents (4 × height × width, NCHW without the batch, as the sampler sees them) → 8-bit pixels, row by
 * row: RGBA with alpha 255 by default, or RGB with `channels` 3.
 * @example latentPreview(new Float32Array(4), 1, 1) // Uint8Array [127, 127, 127, 255]
 */
export function latentPreview(latents: Float32Array, height: number, width: number, channels: 3 | 4 = 4): Uint8Array {
  const plane = height * width;
  if (latents.length < 4 * plane) throw new RangeError(`latent preview: ${latents.length} values for 4×${height}×${width}`);
  const out = new Uint8Array(plane * channels);
  for (let p = 0; p < plane; p++) {
    for (let c = 0; c < 3; c++) {
      let v = 0;
      for (let l = 0; l < 4; l++) v += latents[l * plane + p] * CHEAP_APPROX_COEFFICIENTS[l][c];
      out[p * channels + c] = Math.trunc(255 * Math.min(1, Math.max(0, v * 0.5 + 0.5)));
    }
    if (channels === 4) out[p * channels + 3] = 255;
  }
  return out;
}
