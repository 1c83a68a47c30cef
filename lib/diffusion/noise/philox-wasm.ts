/**
 * The Philox4x32-10 rounds of A1111's NV noise as a tiny WebAssembly function, where each 32×32→64-bit multiply is
 * one instruction (JavaScript needs four multiplies for one); Box–Muller stays in JavaScript (philox.ts) for its
 * float64 Math.log and Math.sin. The module is written out below, instruction by instruction.
 */

const [M0, M1, W0, W1] = [0xd2511f53, 0xcd9e8d57, 0x9e3779b9, 0xbb67ae85];

// Parameters and locals of the one function: philox(count, key0, key1, offset).
const [COUNT, KEY0, KEY1, OFFSET, I, A0, A1, A2, A3, K0, K1, ROUND, P0, P1] = Array.from({ length: 14 }, (_, k) => k);

const op = {
  block: [0x02, 0x40], loop: [0x03, 0x40], end: [0x0b], br: 0x0c, brIf: 0x0d,
  get: 0x20, set: 0x21, i32: 0x41, i64: 0x42,
  i32Add: [0x6a], i32Xor: [0x73], i32Mul: [0x6c], i32GeU: [0x4f], i32LtU: [0x49],
  i64Mul: [0x7e], i64ShrU: [0x88], extendU: [0xad], wrap: [0xa7], store: [0x36, 0x02],
};

function leb(value: number | bigint, signed: boolean): number[] {
  let v = BigInt(value);
  const out: number[] = [];
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    const done = signed ? (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0) : v === 0n;
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const get = (local: number) => [op.get, local];
const set = (local: number) => [op.set, local];
const i32 = (value: number) => [op.i32, ...leb(value | 0, true)];
const i64 = (value: number) => [op.i64, ...leb(value, true)];
// The high and low words of a 64-bit product left in local `p`.
const high = (p: number) => [...get(p), ...i64(32), ...op.i64ShrU, ...op.wrap];
const low = (p: number) => [...get(p), ...op.wrap];

const body = [
  ...i32(0), ...set(I),
  ...op.block, ...op.loop,
  ...get(I), ...get(COUNT), ...op.i32GeU, op.brIf, 1,
  ...get(OFFSET), ...set(A0), ...i32(0), ...set(A1), ...get(I), ...set(A2), ...i32(0), ...set(A3),
  ...get(KEY0), ...set(K0), ...get(KEY1), ...set(K1), ...i32(0), ...set(ROUND),
  ...op.loop,
  ...i64(M0), ...get(A0), ...op.extendU, ...op.i64Mul, ...set(P0),
  ...i64(M1), ...get(A2), ...op.extendU, ...op.i64Mul, ...set(P1),
  // (a0, a1, a2, a3) ← (hi(M1·a2) ^ a1 ^ k0, lo(M1·a2), hi(M0·a0) ^ a3 ^ k1, lo(M0·a0)); then the key moves on.
  ...high(P1), ...get(A1), ...op.i32Xor, ...get(K0), ...op.i32Xor, ...set(A0),
  ...low(P1), ...set(A1),
  ...high(P0), ...get(A3), ...op.i32Xor, ...get(K1), ...op.i32Xor, ...set(A2),
  ...low(P0), ...set(A3),
  ...get(K0), ...i32(W0), ...op.i32Add, ...set(K0), ...get(K1), ...i32(W1), ...op.i32Add, ...set(K1),
  ...get(ROUND), ...i32(1), ...op.i32Add, ...set(ROUND),
  ...get(ROUND), ...i32(10), ...op.i32LtU, op.brIf, 0,
  ...op.end,
  // words[2i] = a0, words[2i + 1] = a1: the two Box–Muller uses.
  ...get(I), ...i32(8), ...op.i32Mul, ...get(A0), ...op.store, 0,
  ...get(I), ...i32(8), ...op.i32Mul, ...get(A1), ...op.store, 4,
  ...get(I), ...i32(1), ...op.i32Add, ...set(I),
  op.br, 0,
  ...op.end, ...op.end, ...op.end,
];

const section = (id: number, bytes: number[]) => [id, ...leb(bytes.length, false), ...bytes];
const code = [...leb(2, false), 8, 0x7f, 2, 0x7e, ...body];
const name = (text: string) => [text.length, ...Array.from(text, (c) => c.charCodeAt(0))];

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 0]),
  ...section(3, [1, 0]),
  ...section(5, [1, 0x00, 2]),
  ...section(7, [2, ...name("philox"), 0x00, 0, ...name("memory"), 0x02, 0]),
  ...section(10, [1, ...leb(code.length, false), ...code]),
]);

interface PhiloxInstance {
  philox: (count: number, key0: number, key1: number, offset: number) => void;
  memory: WebAssembly.Memory;
}

let instance: PhiloxInstance | null | undefined;

function load(): PhiloxInstance | null {
  try {
    return new WebAssembly.Instance(new WebAssembly.Module(MODULE)).exports as unknown as PhiloxInstance;
  } catch {
    // No WebAssembly here (or a Content-Security-Policy forbids compiling it): the caller computes in JavaScript.
    return null;
  }
}

/**
 * The two output words Box–Muller uses of Philox4x32-10 for elements 0 … count − 1 (counter (offset, 0, i, 0), key
 * (key0, key1)), as int32 bits in a view [x0, y0, x1, y1, …] valid until the next call; null without WebAssembly.
 * @example philoxWords(4, 0, 0, 0)?.slice(0, 2) // the words rng_philox's seed-0 example turns into -0.9246624
 */
export function philoxWords(count: number, key0: number, key1: number, offset: number): Int32Array | null {
  if (instance === undefined) instance = load();
  if (!instance) return null;
  const bytes = count * 8;
  const { memory } = instance;
  if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
  instance.philox(count, key0, key1, offset);
  return new Int32Array(memory.buffer, 0, count * 2);
}
