import type { PixelLayout } from "./tagger-io";

/**
 * Pads an RGB image (HWC, 3 bytes a pixel) to a square with white, the image centred as SmilingWolf's reference does
 * (left and top bands of `(side - w) // 2` and `(side - h) // 2` pixels).
 * @example padToSquare(new Uint8Array([0, 0, 0]), 1, 2) // { side: 2, data: [0,0,0, 255,255,255, 255,255,255, 255,255,255] }
 */
export function padToSquare(rgb: Uint8Array, width: number, height: number): { side: number; data: Uint8Array } {
  const side = Math.max(width, height);
  if (width === height) return { side, data: rgb };
  const data = new Uint8Array(side * side * 3).fill(255);
  const left = Math.floor((side - width) / 2);
  const top = Math.floor((side - height) / 2);
  for (let y = 0; y < height; y++) data.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), ((top + y) * side + left) * 3);
  return { side, data };
}

/**
 * The tagger's input from a square RGB image of `size`²: float32 BGR values 0–255 (no normalisation; WD taggers were
 * trained on OpenCV's channel order), in the model's layout, batch of one.
 * @example toTaggerInput(new Uint8Array([10, 20, 30]), 1, "nhwc") // Float32Array [30, 20, 10]
 */
export function toTaggerInput(rgb: Uint8Array, size: number, layout: PixelLayout): Float32Array {
  const pixels = size * size;
  if (rgb.length !== pixels * 3) throw new Error(`expected ${pixels * 3} bytes of RGB, got ${rgb.length}`);
  const out = new Float32Array(pixels * 3);
  for (let p = 0; p < pixels; p++) {
    for (let c = 0; c < 3; c++) {
      const value = rgb[p * 3 + 2 - c];
      out[layout === "nhwc" ? p * 3 + c : c * pixels + p] = value;
    }
  }
  return out;
}
