/**
 * torch's CPU generator and torch.randn's float32 CPU algorithm (ATen DistributionTemplates / DistributionKernels,
 * identical in torch 1.13 and 2.x), A1111's "CPU" noise source.
 *
 * - 16 or more elements (contiguous float32): `normal_fill` draws one float uniform (24 bits of one mt19937 word) per
 *   element, then Box–Muller over each chunk of 16: element j and j+8 come from u1 = 1 − u[j], u2 = u[j+8]. A size that
 *   is not a multiple of 16 redraws the last 16 uniforms and transforms them again. x86 builds run the AVX2 kernel
 *   (Cephes float polynomials, matched bit for bit); builds without it (ARM, ATEN_CPU_CAPABILITY=default) run the
 *   scalar kernel with libm's float log/sin/cos, matched to within one float32 ulp.
 * - Fewer elements: `normal_distribution<double>` per element, two 53-bit uniforms per pair, cos value returned and
 *   the sin value cached in the generator for the next element (even across calls).
 */
import { logAvx2, sinCosAvx2 } from "./avx-mathfun";
import { Mt19937 } from "./mt19937";

/** Which normal_fill kernel to imitate: "avx2" (x86 torch, the default) or "scalar" (ARM and other builds). */
export type TorchCpuKernel = "avx2" | "scalar";

const f = Math.fround;
const TWO_PI_F32 = f(2 * Math.PI);
const TWO_POW_24 = 16777216;
const TWO_POW_53 = 9007199254740992;

/** A torch CPU generator after torch.manual_seed(seed); successive randn calls continue its stream like torch's. */
export class TorchCpuGenerator {
  private readonly engine: Mt19937;
  private cachedNormal: number | undefined;
  private readonly sinCos = new Float64Array(2);

  constructor(seed: number, private readonly kernel: TorchCpuKernel = "avx2") {
    this.engine = new Mt19937(seed);
  }

  /** torch.randn of `count` float32 elements (any shape with that many elements) on this generator. */
  randn(count: number): Float32Array {
    const out = new Float32Array(count);
    if (count >= 16) this.normalFill(out);
    else for (let i = 0; i < count; i++) out[i] = this.normalDouble();
    return out;
  }

  private uniformFloat(): number {
    return (this.engine.next() & 0xffffff) / TWO_POW_24;
  }

  private uniformDouble(): number {
    const hi = this.engine.next() & 0x1fffff;
    const lo = this.engine.next();
    return (hi * 4294967296 + lo) / TWO_POW_53;
  }

  private normalDouble(): number {
    if (this.cachedNormal !== undefined) {
      const cached = this.cachedNormal;
      this.cachedNormal = undefined;
      return cached;
    }
    const u1 = this.uniformDouble();
    const u2 = this.uniformDouble();
    const r = Math.sqrt(-2 * Math.log(1 - u2));
    const theta = 2 * Math.PI * u1;
    this.cachedNormal = r * Math.sin(theta);
    return r * Math.cos(theta);
  }

  private normalFill(data: Float32Array): void {
    const size = data.length;
    for (let i = 0; i < size; i++) data[i] = this.uniformFloat();
    for (let i = 0; i + 16 <= size; i += 16) this.fill16(data, i);
    if (size % 16 !== 0) {
      for (let i = size - 16; i < size; i++) data[i] = this.uniformFloat();
      this.fill16(data, size - 16);
    }
  }

  private fill16(data: Float32Array, start: number): void {
    const sc = this.sinCos;
    for (let j = start; j < start + 8; j++) {
      const u1 = f(1 - data[j]);
      const u2 = data[j + 8];
      if (this.kernel === "avx2") {
        const radius = f(Math.sqrt(f(-2 * logAvx2(u1))));
        sinCosAvx2(f(TWO_PI_F32 * u2), sc);
        data[j] = radius * sc[1];
        data[j + 8] = radius * sc[0];
      } else {
        const radius = f(Math.sqrt(f(-2 * f(Math.log(u1)))));
        const theta = f(2 * Math.PI * u2);
        data[j] = radius * f(Math.cos(theta));
        data[j + 8] = radius * f(Math.sin(theta));
      }
    }
  }
}

/**
 * torch.manual_seed(seed); torch.randn(shape) on the CPU, flattened: `count` is the product of the shape.
 * @example torchCpuRandn(0, 4) // Float32Array [1.5410, -0.2934, -2.1788, 0.5684] (torch.randn(4) after seed 0)
 */
export function torchCpuRandn(seed: number, count: number, kernel: TorchCpuKernel = "avx2"): Float32Array {
  return new TorchCpuGenerator(seed, kernel).randn(count);
}
