import { createImageError } from "./image-errors";

/** 8-bit pixels row by row with 3 (RGB) or 4 (RGBA) channels, as sharp's raw output gives them. */
export interface RawPixels {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

/** Where stealth PNG info hides its bits: the alpha channel's low bit, or the low bits of red, green and blue. */
export type StealthMode = "alpha" | "rgb";

/** What the first 152 hidden bits say: the mode and compression of the signature, and the payload's length. */
export interface StealthHeader {
  mode: StealthMode;
  /** The payload is gzip data ("…comp" signatures) rather than UTF-8 text ("…info"). */
  compressed: boolean;
  /** Length of the payload in bits (always whole bytes). */
  bitLength: number;
}

/** The four signatures of the stealth-pnginfo layout, each 15 ASCII bytes. */
export const STEALTH_SIGNATURES: Readonly<Record<string, { mode: StealthMode; compressed: boolean }>> = Object.freeze({
  stealth_pnginfo: { mode: "alpha", compressed: false },
  stealth_pngcomp: { mode: "alpha", compressed: true },
  stealth_rgbinfo: { mode: "rgb", compressed: false },
  stealth_rgbcomp: { mode: "rgb", compressed: true },
});

const SIGNATURE_BITS = 15 * 8;
/** Bits before the payload: the signature and the payload's bit length as a 32-bit big-endian number. */
export const STEALTH_HEADER_BITS = SIGNATURE_BITS + 32;

/**
 * How many pixels, counted column by column (x outer, y inner), hold the first `bits` hidden bits: one bit per
 * pixel in alpha mode, three (R, G, B) in RGB mode.
 * @example countStealthPixels("rgb", STEALTH_HEADER_BITS) // 51
 */
export function countStealthPixels(mode: StealthMode, bits: number): number {
  return Math.ceil(bits / (mode === "alpha" ? 1 : 3));
}

/**
 * Reads the stealth PNG info header from the leftmost columns of an image (full height). As the extension does,
 * the RGB signature is tried first, then the alpha one when there is an alpha channel. Returns undefined when no
 * signature is there or the pixels are too few to hold one; throws AppError("invalid_input") when a signature is
 * there but its length cannot be right: zero, not whole bytes, more than `imagePixels` can hold (reason
 * "damaged"), or more than `maxPayloadBytes` (reason "too_large").
 * @example readStealthHeader(pixels, { imagePixels: 512 * 768, maxPayloadBytes: 1 << 24 })
 * // { mode: "alpha", compressed: true, bitLength: 3792 }
 */
export function readStealthHeader(
  pixels: RawPixels,
  limits: { imagePixels: number; maxPayloadBytes: number },
): StealthHeader | undefined {
  const modes: StealthMode[] = pixels.channels >= 4 ? ["rgb", "alpha"] : ["rgb"];
  for (const mode of modes) {
    if (countStealthPixels(mode, STEALTH_HEADER_BITS) > pixels.width * pixels.height) continue;
    const signature = String.fromCharCode(...readHiddenBytes(pixels, mode, 0, SIGNATURE_BITS / 8));
    const kind = Object.hasOwn(STEALTH_SIGNATURES, signature) ? STEALTH_SIGNATURES[signature] : undefined;
    if (kind?.mode !== mode) continue;
    const [a, b, c, d] = readHiddenBytes(pixels, mode, SIGNATURE_BITS, 4);
    const bitLength = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
    checkLength(bitLength, countStealthPixels(mode, STEALTH_HEADER_BITS + bitLength), limits);
    return { mode, compressed: kind.compressed, bitLength };
  }
  return undefined;
}

/**
 * The payload bytes that follow the header. `pixels` must hold the first
 * `countStealthPixels(header.mode, STEALTH_HEADER_BITS + header.bitLength)` pixels (column by column), else it
 * throws AppError("invalid_input", reason "truncated").
 */
export function readStealthPayload(pixels: RawPixels, header: StealthHeader): Uint8Array {
  if (countStealthPixels(header.mode, STEALTH_HEADER_BITS + header.bitLength) > pixels.width * pixels.height) {
    throw createImageError("truncated", "The pixels end before the hidden PNG info does.", "隐藏的 PNG 信息超出了像素范围。");
  }
  return readHiddenBytes(pixels, header.mode, STEALTH_HEADER_BITS, header.bitLength / 8);
}

// Bit i of the hidden stream, most significant bit of each byte first, pixels taken column by column.
function readHiddenBytes(pixels: RawPixels, mode: StealthMode, startBit: number, count: number): Uint8Array {
  const { data, width, height, channels } = pixels;
  const out = new Uint8Array(count);
  let bit = startBit;
  for (let i = 0; i < count; i++) {
    let byte = 0;
    for (let k = 0; k < 8; k++, bit++) {
      const pixel = mode === "alpha" ? bit : Math.floor(bit / 3);
      const channel = mode === "alpha" ? 3 : bit % 3;
      const x = Math.floor(pixel / height);
      const y = pixel % height;
      byte = (byte << 1) | (data[(y * width + x) * channels + channel] & 1);
    }
    out[i] = byte;
  }
  return out;
}

function checkLength(bitLength: number, pixelsNeeded: number, limits: { imagePixels: number; maxPayloadBytes: number }) {
  if (bitLength === 0 || bitLength % 8 !== 0 || pixelsNeeded > limits.imagePixels) {
    throw createImageError(
      "damaged",
      `The PNG info hidden in this image's pixels is damaged: it claims ${bitLength} bits.`,
      `此图片像素中隐藏的 PNG 信息已损坏：声明的长度为 ${bitLength} 位。`,
    );
  }
  if (bitLength / 8 > limits.maxPayloadBytes) {
    throw createImageError(
      "too_large",
      `The PNG info hidden in this image's pixels is ${bitLength / 8} bytes, more than the ${limits.maxPayloadBytes} allowed.`,
      `此图片像素中隐藏的 PNG 信息有 ${bitLength / 8} 字节，超过了允许的 ${limits.maxPayloadBytes} 字节。`,
    );
  }
}
