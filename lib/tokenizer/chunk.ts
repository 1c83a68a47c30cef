import { parseAttentionRuns, type AttentionOptions } from "../prompt/attention";
import { cutChunks, type ChunkCuts, type CutOptions } from "./chunk-cuts";
import type { ClipTokenizer } from "./clip-tokenizer";
import { tokenizeRuns, type TokenStream } from "./token-stream";
import { END_TOKEN, START_TOKEN } from "./vocab";

/** One CLIP pass: 77 ids (start, 75 tokens, end) and the attention multiplier of each. */
export interface PromptChunk {
  ids: number[];
  multipliers: number[];
}

export interface ChunkOptions extends AttentionOptions, CutOptions {
  /** Work out where each chunk starts in the source (costs a second pass over each run's words). */
  trackOffsets?: boolean;
}

export interface ChunkedPrompt {
  chunks: PromptChunk[];
  /** What A1111's counter shows as N in "N/75": full chunks count 75 each, the last its own length. */
  tokenCount: number;
  /** With `trackOffsets`, the source offset where each chunk's text begins (else -1), for the editor. */
  chunkStarts: number[];
  /** Real tokens in each chunk, before padding. */
  chunkSizes: number[];
}

/**
 * A1111's tokenize_line: attention parse, tokenization per run, 75-token chunks with comma back-track and BREAK.
 * @example chunkPrompt(tok, "a (cat:1.2)").chunks[0].ids.slice(0, 4) // [49406, 320, 2368, 49407]; multipliers [1, 1, 1.2, 1]
 */
export function chunkPrompt(tokenizer: ClipTokenizer, line: string, options: ChunkOptions = {}): ChunkedPrompt {
  const stream = tokenizeRuns(tokenizer, parseAttentionRuns(line, options), { offsets: options.trackOffsets });
  return buildChunks(stream, cutChunks(stream, options), options);
}

/** The padded chunks of a token stream at the given cuts, with where each starts in the source and its size. */
export function buildChunks(stream: TokenStream, cuts: ChunkCuts, options: CutOptions = {}): ChunkedPrompt {
  const chunkLength = options.chunkLength ?? 75;
  const { ids, weights, offsets } = stream;
  const { bounds } = cuts;
  const chunks: PromptChunk[] = [];
  const chunkStarts: number[] = [];
  const chunkSizes: number[] = [];
  for (let c = 0; c < bounds.length; c += 2) {
    const [from, to] = [bounds[c], bounds[c + 1]];
    const chunkIds: number[] = new Array(chunkLength + 2);
    const multipliers: number[] = new Array(chunkLength + 2);
    chunkIds[0] = START_TOKEN;
    multipliers[0] = 1.0;
    let k = 1;
    for (let t = from; t < to; t++, k++) {
      chunkIds[k] = ids[t];
      multipliers[k] = weights[t];
    }
    for (; k < chunkLength + 2; k++) {
      chunkIds[k] = END_TOKEN;
      multipliers[k] = 1.0;
    }
    chunks.push({ ids: chunkIds, multipliers });
    chunkStarts.push(to > from && offsets.length > 0 ? offsets[from] : -1);
    chunkSizes.push(to - from);
  }
  return { chunks, tokenCount: cuts.tokenCount, chunkStarts, chunkSizes };
}
