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
  const chunkLength = options.chunkLength ?? 75;
  const backtrack = options.commaPaddingBacktrack ?? 20;
  const { ids, breaks } = stream;
  const n = ids.length;
  const bounds: number[] = [];
  let from = 0;
  let lastComma = -1;
  let b = 0;
  const cut = (at: number) => {
    bounds.push(from, at);
    from = at;
    lastComma = -1;
  };
  for (let k = 0; k < n; k++) {
    while (b < breaks.length && breaks[b] === k) (cut(k), b++);
    const length = k - from;
    if (ids[k] === COMMA_TOKEN) lastComma = length;
    else if (backtrack !== 0 && length === chunkLength && lastComma !== -1 && length - lastComma <= backtrack) cut(from + lastComma + 1);
    if (k - from === chunkLength) cut(k);
  }
  for (; b < breaks.length; b++) cut(n);
  const full = bounds.length / 2;
  if (n > from || full === 0) bounds.push(from, n);
  const last = bounds.length / 2 > full ? n - from : 0;
  return { bounds, tokenCount: full * chunkLength + last };
}
