/**
 * A1111's "NV" noise source (modules/rng_philox.py): Philox4x32-10 plus a Box–Muller transform, the CPU imitation of
 * CUDA's torch.randn. Element i of a call uses the counter (offset, 0, i, 0) and the key (seed low 32 bits, seed high
 * 32 bits); the first two output words feed Box–Muller and the other two are discarded. Like the numpy original, the
 * transform runs in float64 with float32-rounded constants and the result is rounded to float32.
 */

import { philoxWords } from "./philox-wasm";

const PHILOX_M0 = 0xd2511f53;
const PHILOX_M1 = 0xcd9e8d57;
const PHILOX_W0 = 0x9e3779b9;
const PHILOX_W1 = 0xbb67ae85;
const TWO_POW32_INV = Math.fround(2.3283064e-10);
const TWO_POW32_INV_2PI = Math.fround(2.3283064e-10 * 6.2831855);

const M0_LO = PHILOX_M0 & 0xffff;
const M0_HI = PHILOX_M0 >>> 16;
const M1_LO = PHILOX_M1 & 0xffff;
const M1_HI = PHILOX_M1 >>> 16;
const INV_2_16 = 1 / 65536;

/**
 * High 32 bits (as int32 bits) of the 64-bit product of the uint32 of `a`'s bits and a multiplier given as 16-bit
 * halves, in float64: a × bHi and a × bLo are below 2^48, so exact, and each scaling is by a power of two (exact),
 * so high = ⌊(a·bHi + ⌊a·bLo / 2^16⌋) / 2^16⌋ comes out exact with two multiplications.
 */
function mulHi(a: number, bLo: number, bHi: number): number {
  const u = a >>> 0;
  return ((u * bHi + ((u * bLo * INV_2_16) >>> 0)) * INV_2_16) | 0;
}

/**
 * Ten Philox rounds for the elements `i` and `i + 1` at once (two independent chains run about twice as fast in V8),
 * writing the two words Box–Muller uses of each into `words`. State stays in int32 bits; the key schedule is shared.
 * Round 1's words from counter[0] = offset, counter[1] = counter[3] = 0 are the same for every element: `c2First`,
 * `c3First`. Round 10 computes only the two words that are used.
 */
function philoxPair(i: number, key0: number, key1: number, c2First: number, c3First: number, words: Int32Array): void {
  const j = (i + 1) | 0;
  let a0 = mulHi(i, M1_LO, M1_HI) ^ key0;
  let a1 = Math.imul(i, PHILOX_M1);
  let a2 = c2First;
  let a3 = c3First;
  let b0 = mulHi(j, M1_LO, M1_HI) ^ key0;
  let b1 = Math.imul(j, PHILOX_M1);
  let b2 = c2First;
  let b3 = c3First;
  let k0 = key0;
  let k1 = key1;
  for (let round = 1; round < 9; round++) {
    k0 = (k0 + PHILOX_W0) | 0;
    k1 = (k1 + PHILOX_W1) | 0;
    const aHi0 = mulHi(a0, M0_LO, M0_HI);
    const aLo0 = Math.imul(a0, PHILOX_M0);
    const bHi0 = mulHi(b0, M0_LO, M0_HI);
    const bLo0 = Math.imul(b0, PHILOX_M0);
    a0 = mulHi(a2, M1_LO, M1_HI) ^ a1 ^ k0;
    a1 = Math.imul(a2, PHILOX_M1);
    a2 = aHi0 ^ a3 ^ k1;
    a3 = aLo0;
    b0 = mulHi(b2, M1_LO, M1_HI) ^ b1 ^ k0;
    b1 = Math.imul(b2, PHILOX_M1);
    b2 = bHi0 ^ b3 ^ k1;
    b3 = bLo0;
  }
  k0 = (k0 + PHILOX_W0) | 0;
  words[0] = mulHi(a2, M1_LO, M1_HI) ^ a1 ^ k0;
  words[1] = Math.imul(a2, PHILOX_M1);
  words[2] = mulHi(b2, M1_LO, M1_HI) ^ b1 ^ k0;
  words[3] = Math.imul(b2, PHILOX_M1);
}

/**
 * `count` standard-normal float32 values of rng_philox.Generator(seed).randn at generator offset `offset` (A1111 bumps
 * the offset by one per randn call: 0 for the initial noise, 1, 2, … for each later call such as ancestral noise).
 * @example philoxRandn(0, 3) // Float32Array [-0.9246624, -0.42534396, -2.6438458] (CUDA: -0.9247, -0.4253, -2.6438)
 */
export function philoxRandn(seed: number, count: number, offset = 0): Float32Array {
  const out = new Float32Array(count);
  const key0 = seed | 0;
  const key1 = Math.floor(seed / 4294967296) | 0;
  const fast = philoxWords(count, key0, key1, offset | 0);
  if (fast) {
    const words = new Uint32Array(fast.buffer, fast.byteOffset, fast.length);
    for (let i = 0; i < count; i++) out[i] = boxMuller(words[2 * i], words[2 * i + 1]);
    return out;
  }
  const words = new Int32Array(4);
  const c2First = mulHi(offset | 0, M0_LO, M0_HI) ^ key1;
  const c3First = Math.imul(offset | 0, PHILOX_M0);
  for (let i = 0; i < count; i += 2) {
    philoxPair(i, key0, key1, c2First, c3First, words);
    out[i] = boxMuller(words[0] >>> 0, words[1] >>> 0);
    if (i + 1 < count) out[i + 1] = boxMuller(words[2] >>> 0, words[3] >>> 0);
  }
  return out;
}

/** rng_philox.box_muller: the first of the two Box–Muller values, from two uint32 words. */
function boxMuller(x: number, y: number): number {
  const u = x * TWO_POW32_INV + TWO_POW32_INV / 2;
  const v = y * TWO_POW32_INV_2PI + TWO_POW32_INV_2PI / 2;
  return Math.sqrt(-2 * Math.log(u)) * Math.sin(v);
}
