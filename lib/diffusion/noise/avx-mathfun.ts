/**
 * Float32 emulation of `log256_ps` and `sincos256_ps` from avx_mathfun.h (the Cephes polynomials ATen's AVX2
 * normal_fill uses), bit for bit. Every step rounds to float32; where GCC contracted a multiply and an add into an FMA
 * in the x86 torch build, the emulation does one rounding too (verified against torch 1.13's AVX2 kernel).
 */

const f = Math.fround;
/** One FMA: a×b is exact in float64 for float32 inputs, so only the final rounding remains. */
const fma = (a: number, b: number, c: number) => f(a * b + c);

const bits = new DataView(new ArrayBuffer(4));
const MIN_NORM_POS = f(1.17549435e-38);
const SQRTHF = f(0.707106781186547524);
const LOG_P = [
  7.0376836292e-2, -1.151461031e-1, 1.167699874e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1,
  2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
].map(f);
const LOG_Q1 = f(-2.1219444e-4);
const LOG_Q2 = f(0.693359375);

/** avx_mathfun's log256_ps for one positive float32 lane. */
export function logAvx2(input: number): number {
  bits.setFloat32(0, Math.max(f(input), MIN_NORM_POS));
  const word = bits.getUint32(0);
  let e = (word >>> 23) - 127 + 1;
  bits.setUint32(0, (word & ~0x7f800000) | 0x3f000000);
  let x = bits.getFloat32(0);
  const below = x < SQRTHF;
  const tmp = below ? x : 0;
  x = f(x - 1);
  if (below) e -= 1;
  x = f(x + tmp);
  const z = f(x * x);
  let y = LOG_P[0];
  for (let i = 1; i < LOG_P.length; i++) y = fma(y, x, LOG_P[i]);
  y = f(y * x);
  y = fma(y, z, f(e * LOG_Q1));
  y = fma(-z, 0.5, y);
  x = f(x + y);
  return fma(e, LOG_Q2, x);
}

const FOPI = f(1.27323954473516);
const DP1 = f(-0.78515625);
const DP2 = f(-2.4187564849853515625e-4);
const DP3 = f(-3.77489497744594108e-8);
const SIN_P = [-1.9515295891e-4, 8.3321608736e-3, -1.6666654611e-1].map(f);
const COS_P = [2.443315711809948e-5, -1.388731625493765e-3, 4.166664568298827e-2].map(f);

/** avx_mathfun's sincos256_ps for one float32 lane; writes [sin, cos] into `out`. */
export function sinCosAvx2(input: number, out: Float64Array): void {
  let x = Math.abs(input);
  let sinSign = input < 0 ? -1 : 1;
  let j = Math.trunc(f(x * FOPI));
  j = (j + 1) & ~1;
  const y = j;
  if (j & 4) sinSign = -sinSign;
  const sinPoly = (j & 2) === 0;
  const cosSign = ~(j - 2) & 4 ? -1 : 1;
  x = fma(y, DP1, x);
  x = fma(y, DP2, x);
  x = fma(y, DP3, x);
  const z = f(x * x);

  let c = fma(COS_P[0], z, COS_P[1]);
  c = fma(c, z, COS_P[2]);
  c = f(c * z);
  c = fma(c, z, -f(z * 0.5));
  c = f(c + 1);

  let s = fma(SIN_P[0], z, SIN_P[1]);
  s = fma(s, z, SIN_P[2]);
  s = f(s * z);
  s = fma(s, x, x);

  out[0] = (sinPoly ? s : c) * sinSign;
  out[1] = (sinPoly ? c : s) * cosSign;
}
