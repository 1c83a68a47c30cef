import { parseAttentionRuns, type AttentionRun } from "../prompt/attention";
import { attentionCuts } from "../prompt/attention-cuts";
import type { ClipTokenizer } from "./clip-tokenizer";

/** The tokens of a prompt's attention runs in one list, before chunking: what A1111's tokenize_line walks. */
export interface TokenStream {
  ids: number[];
  /** The attention weight of each token. */
  weights: number[];
  /** Token positions where a BREAK falls (before the token at that position; `ids.length` for one at the end). */
  breaks: number[];
  /** With offsets asked for, the source offset of the word each token comes from; else empty. */
  offsets: number[];
}

export interface StreamOptions {
  /** Also work out each token's source offset (for the editor's chunk marks). */
  offsets?: boolean;
}

/**
 * Tokenizes each run of an attention parse (A1111 encodes run by run, so words never join across a bracket).
 * @example tokenizeRuns(tok, parseAttentionRuns("a (cat) BREAK dog")) // ids [320, 2368, 1929], weights [1, 1.1, 1], breaks [2]
 */
export function tokenizeRuns(tokenizer: ClipTokenizer, runs: readonly AttentionRun[], options: StreamOptions = {}): TokenStream {
  const stream: TokenStream = { ids: [], weights: [], breaks: [], offsets: [] };
  const { ids, weights, offsets } = stream;
  for (const run of runs) {
    if (run.weight === -1 && run.text === "BREAK") {
      stream.breaks.push(ids.length);
      continue;
    }
    const from = ids.length;
    if (options.offsets) appendWithOffsets(tokenizer, run, ids, offsets);
    else tokenizer.encodeInto(run.text, ids);
    for (let k = from; k < ids.length; k++) weights.push(run.weight);
  }
  return stream;
}

/** Token streams of prompt pieces (attentionCuts) already tokenized, shared by the variants of one prompt. */
export type SegmentCache = Map<string, TokenStream>;

/**
 * tokenizeRuns(parseAttentionRuns(text)) without offsets, piece by piece at attentionCuts, each piece looked up in
 * `segments` first: the variants of a prompt (schedules, AND parts, extra networks removed) share most pieces.
 * @example tokenizeText(tok, "cat, dog, bird, fish", cache) // pieces "cat," " dog, bird," " fish" (attentionCuts), each kept in `cache`
 */
export function tokenizeText(tokenizer: ClipTokenizer, text: string, segments: SegmentCache): TokenStream {
  const cuts = attentionCuts(text);
  if (cuts.length === 0) return tokenizeRuns(tokenizer, parseAttentionRuns(text));
  const stream: TokenStream = { ids: [], weights: [], breaks: [], offsets: [] };
  for (let c = 0, from = 0; c <= cuts.length; c++) {
    const to = c < cuts.length ? cuts[c] : text.length;
    const piece = text.slice(from, to);
    let part = segments.get(piece);
    if (!part) segments.set(piece, (part = tokenizeRuns(tokenizer, parseAttentionRuns(piece))));
    const base = stream.ids.length;
    for (const at of part.breaks) stream.breaks.push(base + at);
    for (let k = 0; k < part.ids.length; k++) {
      stream.ids.push(part.ids[k]);
      stream.weights.push(part.weights[k]);
    }
    from = to;
  }
  return stream;
}

// Word-exact where the run was written without escapes and splits like its cleaned form; proportional otherwise.
function appendWithOffsets(tokenizer: ClipTokenizer, run: AttentionRun, ids: number[], offsets: number[]): void {
  const { text, start, end } = run;
  const from = ids.length;
  const written = end - start === text.length;
  if (tokenizer.encodeInto(text, ids, written ? offsets : null, start) && written) return;
  const count = ids.length - from;
  const exact = written ? tokenizer.tokenOffsets(text, count) : null;
  if (exact) for (const at of exact) offsets.push(start + at);
  else for (let k = 0; k < count; k++) offsets.push(start + Math.floor((k * (end - start)) / count));
}
