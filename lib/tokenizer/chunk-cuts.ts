import type { TokenStream } from "./token-stream";
import { COMMA_TOKEN } from "./vocab";

export interface CutOptions {
  /** Tokens per chunk between the start and end tokens; A1111 uses 75. */
  chunkLength?: number;
  /** A1111's "comma padding backtrack": move text after a comma this close to the chunk end into the next chunk. */
  commaPaddingBacktrack?: number;
}

/** Where A1111's tokenize_line cuts a token stream into chunks, and the count its UI shows for them. */
export interface ChunkCuts {
  /** Start and end (token positions) of each chunk, flat: [start0, end0, start1, end1, …]. */
  bounds: number[];
  /** N in "N/75": every chunk but the last counts as full, the last its own length. */
  tokenCount: number;
}

/**
 * A1111's chunking without building a chunk: a chunk ends when it holds `chunkLength` tokens (moving what follows a
 * comma in the last `commaPaddingBacktrack` tokens to the next) or at a BREAK. Tokens never move across chunks, so
 * a chunk is a range of the stream.
 * @example cutChunks({ ids: Array(80).fill(2368), breaks: [], … }) // { bounds: [0, 75, 75, 80], tokenCount: 80 }
 */
export function cutChunks(stream: Pick<TokenStream, "ids" | "breaks">, options: CutOptions = {}): ChunkCuts {
  const cutter = new ChunkCutter(options);
  cutter.add(stream.ids, 0, stream.ids.length, stream.breaks);
  return cutter.finish();
}

/**
 * cutChunks fed a text's tokens range by range (the pieces it is made of), so a text put together from pieces already
 * tokenized is cut, and counted, without joining their tokens first.
 * @example const c = new ChunkCutter(); c.add(a.ids, 0, 40, []); c.add(b.ids, 10, 50, []); c.finish().tokenCount // 80
 */
export class ChunkCutter {
  private readonly chunkLength: number;
  private readonly backtrack: number;
  private readonly bounds: number[] = [];
  // Tokens taken so far, where the open chunk starts, and its last comma (counted from its start; -1 for none).
  private n = 0;
  private from = 0;
  private lastComma = -1;

  constructor(options: CutOptions = {}) {
    this.chunkLength = options.chunkLength ?? 75;
    this.backtrack = options.commaPaddingBacktrack ?? 20;
  }

  /** Takes `ids[start..end)`, with BREAKs at `breaks` (ascending, counted from `start`; `end - start` for one after the last). */
  add(ids: readonly number[], start: number, end: number, breaks: readonly number[]): void {
    const { chunkLength, backtrack } = this;
    let b = 0;
    for (let t = start; t < end; t++, this.n++) {
      while (b < breaks.length && breaks[b] === t - start) (this.cut(this.n), b++);
      const length = this.n - this.from;
      if (ids[t] === COMMA_TOKEN) this.lastComma = length;
      else if (backtrack !== 0 && length === chunkLength && this.lastComma !== -1 && length - this.lastComma <= backtrack) this.cut(this.from + this.lastComma + 1);
      if (this.n - this.from === chunkLength) this.cut(this.n);
    }
    for (; b < breaks.length; b++) this.cut(this.n);
  }

  /** The cuts of everything taken. */
  finish(): ChunkCuts {
    const { bounds, n, from } = this;
    const full = bounds.length / 2;
    if (n > from || full === 0) bounds.push(from, n);
    const last = bounds.length / 2 > full ? n - from : 0;
    return { bounds, tokenCount: full * this.chunkLength + last };
  }

  private cut(at: number): void {
    this.bounds.push(this.from, at);
    this.from = at;
    this.lastComma = -1;
  }
}
