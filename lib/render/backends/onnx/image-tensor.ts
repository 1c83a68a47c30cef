/**
 * A decoded image tensor (one image, NCHW float, 3 channels) as 8-bit RGB, row-major HWC. `range` says what the
 * decoder outputs: "signed" ([-1, 1], the VAE) or "unit" ([0, 1], TAESD). Values are clamped and truncated as A1111's
 * `(255 * clamp((x + 1) / 2, 0, 1)).astype(uint8)`. A `stride` above 1 keeps every stride-th pixel (cheap previews):
 * the result is ceil(width / stride) × ceil(height / stride).
 * @example tensorToRgb(Float32Array.of(-1, 0, 1), 1, 1, "signed") // Uint8Array [0, 127, 255]
 */
export function tensorToRgb(data: Float32Array, width: number, height: number, range: "signed" | "unit", stride = 1): Uint8Array {
  const plane = width * height;
  const [outW, outH] = [Math.ceil(width / stride), Math.ceil(height / stride)];
  const rgb = new Uint8Array(outW * outH * 3);
  const scale = range === "signed" ? 127.5 : 255;
  const offset = range === "signed" ? 127.5 : 0;
  for (let c = 0; c < 3; c++) {
    let o = c;
    for (let y = 0; y < outH; y++) {
      const row = c * plane + y * stride * width;
      for (let x = 0; x < outW; x++, o += 3) {
        const v = data[row + x * stride] * scale + offset;
        rgb[o] = v <= 0 ? 0 : v >= 255 ? 255 : v | 0;
      }
    }
  }
  return rgb;
}

/**
 * 8-bit RGB (HWC) as the VAE encoder's input: NCHW float in [-1, 1] (A1111's `2 * (x / 255) - 1`).
 * @example rgbToTensor(Uint8Array.of(0, 255, 51), 1, 1) // Float32Array [-1, 1, -0.6]
 */
export function rgbToTensor(rgb: Uint8Array, width: number, height: number): Float32Array {
  const plane = width * height;
  const out = new Float32Array(plane * 3);
  for (let c = 0; c < 3; c++) for (let i = 0; i < plane; i++) out[c * plane + i] = (2 * rgb[i * 3 + c]) / 255 - 1;
  return out;
}
