/**
 * A1111's `slerp(val, low, high)` (modules/rng.py), used for variation seeds, reproduced with its quirks: the tensors
 * are one image's latent noise (C, H, W), `torch.norm(…, dim=1)` normalises each column over H separately for every
 * (c, w), and when the mean of those column dot products exceeds 0.9995 it returns `low × val + high × (1 − val)`
 * (weights the other way round from the spherical branch, as A1111 does).
 */

/**
 * Spherical interpolation of two noises of one image, A1111-style: 0 gives `low`, 1 gives `high`.
 * `shape` is the image's latent shape, [C, H, W] or [1, C, H, W]; leading dimensions are folded into C.
 */
export function slerpNoise(val: number, low: Float32Array, high: Float32Array, shape: readonly number[]): Float32Array {
  if (low.length !== high.length) throw new RangeError(`slerp: ${low.length} vs ${high.length} elements`);
  const w = shape.length >= 1 ? shape[shape.length - 1] : 1;
  const h = shape.length >= 2 ? shape[shape.length - 2] : 1;
  const c = low.length / (h * w);
  if (!Number.isInteger(c)) throw new RangeError(`slerp: shape ${shape.join("×")} does not match ${low.length} elements`);

  const columns = c * w;
  const dot = new Float64Array(columns);
  let dotSum = 0;
  for (let ci = 0; ci < c; ci++) {
    for (let wi = 0; wi < w; wi++) {
      let lowSq = 0;
      let highSq = 0;
      let cross = 0;
      for (let hi = 0; hi < h; hi++) {
        const k = (ci * h + hi) * w + wi;
        lowSq += low[k] * low[k];
        highSq += high[k] * high[k];
        cross += low[k] * high[k];
      }
      const d = cross / (Math.sqrt(lowSq) * Math.sqrt(highSq));
      dot[ci * w + wi] = d;
      dotSum += d;
    }
  }

  const out = new Float32Array(low.length);
  if (dotSum / columns > 0.9995) {
    for (let k = 0; k < low.length; k++) out[k] = low[k] * val + high[k] * (1 - val);
    return out;
  }
  for (let ci = 0; ci < c; ci++) {
    for (let wi = 0; wi < w; wi++) {
      const omega = Math.acos(dot[ci * w + wi]);
      const so = Math.sin(omega);
      const lowWeight = Math.sin((1 - val) * omega) / so;
      const highWeight = Math.sin(val * omega) / so;
      for (let hi = 0; hi < h; hi++) {
        const k = (ci * h + hi) * w + wi;
        out[k] = lowWeight * low[k] + highWeight * high[k];
      }
    }
  }
  return out;
}
