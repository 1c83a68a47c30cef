import { parseAttentionRuns, type AttentionRun } from "../prompt/attention";
import { attentionCuts } from "../prompt/attention-cuts";
import type { ClipTokenizer } from "./clip-tokenizer";
import type { WordIndex } from "./word-index";

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
  /** The text the runs were parsed from: a run that stands there as written is tokenized where it lies. */
  source?: string;
  /** The words of `source` (see ClipTokenizer.encodeWords), whose ids such a run copies. */
  words?: WordIndex | null;
}

/**
 * Tokenizes each run of an attention parse (A1111 encodes run by run, so words never join across a bracket).
 * @example tokenizeRuns(tok, parseAttentionRuns("a (cat) BREAK dog")) // ids [320, 2368, 1929], weights [1, 1.1, 1], breaks [2]
 */
export function tokenizeRuns(tokenizer: ClipTokenizer, runs: readonly AttentionRun[], options: StreamOptions = {}): TokenStream {
  const stream: TokenStream = { ids: [], weights: [], breaks: [], offsets: [] };
  appendRuns(tokenizer, runs, stream, options.offsets ?? false, options.source ?? null, 0, options.words ?? null);
  return stream;
}

// Runs parsed from `source` at `shift` (when known) are read there, where the text is flat and nothing is copied.
function appendRuns(tokenizer: ClipTokenizer, runs: readonly AttentionRun[], stream: TokenStream, withOffsets: boolean, source: string | null, shift: number, words: WordIndex | null): void {
  const { ids, weights, offsets } = stream;
  for (const run of runs) {
    if (run.weight === -1 && run.text === "BREAK") {
      stream.breaks.push(ids.length);
      continue;
    }
    const from = ids.length;
    if (withOffsets) appendWithOffsets(tokenizer, run, ids, offsets);
    // A run written as it stands (no escape or bracket in it) is read in the source. Its text is its source range
    // exactly when it is as long as the range: an escape or a bracket left out makes it shorter.
    else if (source !== null && run.end - run.start === run.text.length) {
      tokenizer.encodeRange(source, shift + run.start, shift + run.end, ids, null, 0, words);
    }
    else tokenizer.encodeInto(run.text, ids);
    for (let k = from; k < ids.length; k++) weights.push(run.weight);
  }
}

/** A piece's tokens: positions `from` to `to` of a stream that may hold other pieces too; its BREAKs count from `from`. */
export interface TokenSpan {
  stream: TokenStream;
  from: number;
  to: number;
  breaks: readonly number[];
}

/** Pieces of prompt text (see attentionCuts) already tokenized, shared by the variants of one prompt. */
export type SegmentCache = Map<string, TokenSpan>;

// Shared by the spans without a BREAK (never written to).
const NO_BREAKS: number[] = [];

/** The tokens of `piece` from `segments`, else tokenized (and kept there). */
export function pieceSpan(tokenizer: ClipTokenizer, piece: string, segments: SegmentCache): TokenSpan {
  return segments.get(piece) ?? addPiece(tokenizer, piece, segments, { ids: [], weights: [], breaks: [], offsets: [] }, piece, 0, null);
}

// Tokenizes `piece` (at `shift` in `source`, whose words are `words`) onto the end of `stream` and keeps its span in
// `segments`.
function addPiece(tokenizer: ClipTokenizer, piece: string, segments: SegmentCache, stream: TokenStream, source: string, shift: number, words: WordIndex | null): TokenSpan {
  const from = stream.ids.length;
  const firstBreak = stream.breaks.length;
  appendRuns(tokenizer, parseAttentionRuns(piece), stream, false, source, shift, words);
  // (Built by push, as every list of breaks is: one kind of array keeps the code that reads them optimized.)
  const breaks: number[] = firstBreak === stream.breaks.length ? NO_BREAKS : [];
  for (let b = firstBreak; b < stream.breaks.length; b++) breaks.push(stream.breaks[b] - from);
  const span = { stream, from, to: stream.ids.length, breaks };
  segments.set(piece, span);
  return span;
}

/** Appends the tokens of `span` (and their weights, if asked) to `stream`. */
export function appendSpan(stream: TokenStream, span: TokenSpan, weights: boolean): void {
  const { ids, weights: weightsOf } = span.stream;
  const base = stream.ids.length;
  for (const at of span.breaks) stream.breaks.push(base + at);
  for (let k = span.from; k < span.to; k++) stream.ids.push(ids[k]);
  if (weights) for (let k = span.from; k < span.to; k++) stream.weights.push(weightsOf[k]);
}

/**
 * tokenizeRuns(parseAttentionRuns(text)) without offsets, piece by piece at attentionCuts, each piece looked up in
 * `segments` first: the variants of a prompt (schedules, AND parts, extra networks removed) share most pieces. A piece
 * not seen yet is tokenized straight into the result, and its span points there. `words` (of `text`, see
 * ClipTokenizer.encodeWords) lend their ids. `pieces` may cut the text elsewhere (at places everyAttentionCut lists):
 * a variant's partPieces.
 * @example tokenizeText(tok, "cat, dog, bird, fish", cache) // pieces "cat," " dog, bird," " fish" (attentionCuts), each kept in `cache`
 */
export function tokenizeText(tokenizer: ClipTokenizer, text: string, segments: SegmentCache, words: WordIndex | null = null, pieces?: readonly string[]): TokenStream {
  const cuts = pieces ? null : attentionCuts(text);
  if (cuts?.length === 0) return tokenizeRuns(tokenizer, parseAttentionRuns(text), { source: text, words });
  const count = pieces ? pieces.length : cuts!.length + 1;
  const stream: TokenStream = { ids: [], weights: [], breaks: [], offsets: [] };
  // (Looking a piece up costs reading it: with nothing kept yet, a piece repeated in the text is tokenized again.)
  const fresh = segments.size === 0;
  for (let c = 0, from = 0; c < count; c++) {
    const piece = pieces ? pieces[c] : text.slice(from, c < cuts!.length ? cuts![c] : text.length);
    const known = fresh ? undefined : segments.get(piece);
    // A piece seen before is copied; a new one is tokenized in place.
    if (known) appendSpan(stream, known, true);
    else addPiece(tokenizer, piece, segments, stream, text, from, words);
    from += piece.length;
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
