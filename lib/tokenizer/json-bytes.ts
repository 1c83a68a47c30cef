import type { ChunkCuts, CutOptions } from "./chunk-cuts";
import type { TokenStream } from "./token-stream";
import { END_TOKEN, START_TOKEN } from "./vocab";

const COMMA = 44;
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const NULL_TEXT: Uint8Array = ascii("null");
// The fixed parts of a chunk list.
const [OPEN_LIST, CLOSE_LIST, COMMA_TEXT, CHUNK_END] = ["[", "]", ",", "]}"].map(ascii);
const CHUNK_IDS_START = ascii(`{"ids":[${START_TOKEN},`);
const CHUNK_IDS_START_EMPTY = ascii(`{"ids":[${START_TOKEN}`);
const CHUNK_MULTIPLIERS_START = ascii('],"multipliers":[1');

// ",n" as ASCII bytes for every n below DIGITS_SIZE (CLIP's ids and more), packed to be written with two stores: the
// first four bytes in DIGITS_LO, the other two in DIGITS_HI (little-endian, zeros past the end), the length in
// DIGITS_LEN. A list of ids is then written in about half the instructions that finding the digits by division took.
const DIGITS_SIZE = 65_536;
const DIGITS_LO = new Uint32Array(DIGITS_SIZE);
const DIGITS_HI = new Uint16Array(DIGITS_SIZE);
const DIGITS_LEN = new Uint8Array(DIGITS_SIZE);
// ",n" is ",q" and one more digit, q = ⌊n / 10⌋: each entry is made from an earlier one, with no string and no array.
DIGITS_LEN.fill(2, 0, 10);
for (let n = 0; n < 10; n++) DIGITS_LO[n] = COMMA | ((48 + n) << 8);
for (let n = 10; n < DIGITS_SIZE; n++) {
  const q = (n / 10) | 0;
  const digit = 48 + n - 10 * q;
  const at = DIGITS_LEN[q];
  DIGITS_LEN[n] = at + 1;
  if (at < 4) DIGITS_LO[n] = DIGITS_LO[q] | (digit << (8 * at));
  else {
    DIGITS_LO[n] = DIGITS_LO[q];
    DIGITS_HI[n] = DIGITS_HI[q] | (digit << (8 * (at - 4)));
  }
}

// For each padding length k: ",49407" and ",1" k times, made once per chunk length.
const paddings = new Map<number, { ids: Uint8Array[]; ones: Uint8Array[] }>();

function paddingOf(chunkLength: number) {
  let padding = paddings.get(chunkLength);
  if (!padding) {
    const ids = [""];
    const ones = [""];
    for (let k = 1; k <= chunkLength + 1; k++) {
      ids.push(`${ids[k - 1]},${END_TOKEN}`);
      ones.push(`${ones[k - 1]},1`);
    }
    paddings.set(chunkLength, (padding = { ids: ids.map(ascii), ones: ones.map(ascii) }));
  }
  return padding;
}

/**
 * JSON text written as ASCII bytes into one reusable buffer: token lists and chunk lists straight from a token stream,
 * with no number turned into a string and no 77-number chunk built (what a batch of tokenize answers spends most of
 * its time on). `chunks` writes the same text as JSON.stringify(buildChunks(stream, cuts, options).chunks).
 * @example out.text("["); out.uints([320, 2368]); out.text("]"); out.bytes() // the bytes of "[320,2368]"
 */
export class JsonBytes {
  private buf = new Uint8Array(1 << 16);
  private view = new DataView(this.buf.buffer);
  private at = 0;
  // The bytes of the weights seen lately (JSON's number text: shortest round trip, null when not finite).
  private weightText = new Map<number, Uint8Array>();

  /** Bytes written so far. */
  get length(): number {
    return this.at;
  }

  /** The bytes written so far (a view into the buffer: copy them before writing more). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }

  /** Starts over (keeping the buffer). */
  clear(): void {
    this.at = 0;
  }

  /** Writes text that is ASCII. */
  text(text: string): void {
    this.room(text.length);
    const { buf } = this;
    for (let k = 0; k < text.length; k++) buf[this.at++] = text.charCodeAt(k);
  }

  /** Writes `list[from..to)` comma-separated (numbers as JSON writes them; whole ones below 65,536 fastest). */
  uints(list: readonly number[], from = 0, to = list.length): void {
    // (Room for the widest number JSON writes, and for the six bytes every packed write stores.)
    this.room(25 * (to - from) + 8);
    // (The view, the place in it and the tables are kept in locals through the loop: a bundled module's variables are
    // read from its context at every use.)
    let { view } = this;
    const lo = DIGITS_LO;
    const hi = DIGITS_HI;
    const len = DIGITS_LEN;
    const size = DIGITS_SIZE;
    const start = this.at;
    let at = start;
    for (let t = from; t < to; t++) {
      const n = list[t];
      if (n >= 0 && n < size && (n | 0) === n) {
        view.setUint32(at, lo[n], true);
        view.setUint16(at + 4, hi[n], true);
        at += len[n];
      } else {
        this.at = at;
        this.text(`,${JSON.stringify(n)}`);
        ({ at, view } = this);
      }
    }
    // Every number was written after a comma: the list's first one is moved over its own.
    if (at > start) {
      this.buf.copyWithin(start, start + 1, at);
      at--;
    }
    this.at = at;
  }

  /** Writes again the bytes from `start` to `end` (earlier in this buffer). */
  repeat(start: number, end: number): void {
    this.room(end - start);
    this.buf.copyWithin(this.at, start, end);
    this.at += end - start;
  }

  /** Writes the JSON array of the padded chunks at `cuts` of `stream`: [{"ids":[…],"multipliers":[…]}, …]. */
  chunks(stream: Pick<TokenStream, "ids" | "weights">, cuts: ChunkCuts, options: CutOptions = {}): void {
    const chunkLength = options.chunkLength ?? 75;
    const padding = paddingOf(chunkLength);
    const { bounds } = cuts;
    this.put(OPEN_LIST);
    for (let c = 0; c < bounds.length; c += 2) {
      const from = bounds[c];
      const to = bounds[c + 1];
      const pad = chunkLength + 1 - (to - from);
      if (c > 0) this.put(COMMA_TEXT);
      this.put(to > from ? CHUNK_IDS_START : CHUNK_IDS_START_EMPTY);
      this.uints(stream.ids, from, to);
      this.put(padding.ids[pad]);
      this.put(CHUNK_MULTIPLIERS_START);
      this.weights(stream.weights, from, to);
      this.put(padding.ones[pad]);
      this.put(CHUNK_END);
    }
    this.put(CLOSE_LIST);
  }

  // ",w,w,…" for weights[from..to) (the buffer and the place in it kept in locals through the loop).
  private weights(weights: readonly number[], from: number, to: number): void {
    let last = Number.NaN;
    let lastText = NULL_TEXT;
    this.room(25 * (to - from));
    const { buf } = this;
    let at = this.at;
    for (let t = from; t < to; t++) {
      const w = weights[t];
      buf[at++] = COMMA;
      if (w === 1) buf[at++] = 49;
      else {
        if (w !== last) lastText = this.weightTextOf((last = w));
        for (let k = 0; k < lastText.length; k++) buf[at++] = lastText[k];
      }
    }
    this.at = at;
  }

  private weightTextOf(w: number): Uint8Array {
    let text = this.weightText.get(w);
    if (!text) {
      if (this.weightText.size > 4096) this.weightText.clear();
      this.weightText.set(w, (text = ascii(JSON.stringify(w))));
    }
    return text;
  }

  private put(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(2 * this.buf.length, this.at + n));
    grown.set(this.buf.subarray(0, this.at));
    this.buf = grown;
    this.view = new DataView(grown.buffer);
  }
}
