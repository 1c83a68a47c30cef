/**
 * The Mersenne Twister behind torch's CPU generator (ATen's at::mt19937): seeded with the low 32 bits of the seed by
 * the standard init_genrand recurrence, standard twist and tempering.
 */

const N = 624;
const M = 397;

/** A 32-bit MT19937 stream seeded as torch.manual_seed(seed) seeds the CPU generator. */
export class Mt19937 {
  private readonly state = new Uint32Array(N);
  private index = N;

  /** Seeds as at::mt19937(seed): state[0] = seed & 0xffffffff, then 1812433253 × (s ^ s >> 30) + j. */
  constructor(seed: number) {
    const state = this.state;
    state[0] = seed >>> 0;
    for (let j = 1; j < N; j++) {
      const prev = state[j - 1] ^ (state[j - 1] >>> 30);
      state[j] = Math.imul(1812433253, prev) + j;
    }
  }

  /** The next tempered 32-bit output, as an unsigned number. */
  next(): number {
    if (this.index >= N) this.twist();
    let y = this.state[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private twist(): void {
    const s = this.state;
    for (let k = 0; k < N; k++) {
      const y = (s[k] & 0x80000000) | (s[(k + 1) % N] & 0x7fffffff);
      s[k] = s[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }
}
