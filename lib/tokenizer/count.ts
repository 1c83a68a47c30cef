import { parseAttentionRuns } from "../prompt/attention";
import { attentionCuts, leavesBracketOpen } from "../prompt/attention-cuts";
import { countedVariants, type CountedTextOptions, type CountedVariant } from "../prompt/counted-texts";
import type { ChunkOptions } from "./chunk";
import { ChunkCutter } from "./chunk-cuts";
import type { ClipTokenizer } from "./clip-tokenizer";
import { appendSpan, pieceSpan, tokenizeRuns, type SegmentCache, type TokenSpan, type TokenStream } from "./token-stream";

export interface TokenCountOptions extends ChunkOptions, CountedTextOptions {
  /** A text already tokenized by the caller (usually the whole prompt), so it is not tokenized twice. */
  known?: { text: string; tokenCount: number; stream?: TokenStream };
  /** countedVariants of the prompt, when the caller has them already. */
  variants?: readonly CountedVariant[];
  /** Pieces of this same prompt the caller has tokenized already (see tokenizeText). */
  segments?: SegmentCache;
}

export interface TokenCount {
  /** N in "N/75". */
  count: number;
  /** The denominator: 75, 150, 225 … */
  max: number;
}

/** A1111's count with the text it measured and that text's tokens (the largest count; the first text with it). */
export interface CountedPrompt extends TokenCount {
  text: string;
  /** The counted text's tokens, when it was tokenized here or handed in through `known.stream`. */
  stream: TokenStream | null;
}

/**
 * The count A1111's UI shows under a prompt: extra networks removed, AND parts and every scheduled variant
 * tokenized, the largest wins.
 * @example countPromptTokens(tok, "a cat, <lora:x:1>") // { count: 3, max: 75 }
 */
export function countPromptTokens(tokenizer: ClipTokenizer, prompt: string, options: TokenCountOptions = {}): TokenCount {
  const { count, max } = measureCountedPrompt(tokenizer, prompt, options);
  return { count, max };
}

/**
 * countPromptTokens with the counted text and its tokens. Variants are tokenized piece by piece through one cache:
 * a piece no edit or alternation touches is tokenized once for all of them (and is often a piece of the prompt as
 * written too), so a variant costs the tokens of the pieces its step changes. A variant is counted from its pieces'
 * tokens where they lie; only the one that wins is joined.
 */
export function measureCountedPrompt(tokenizer: ClipTokenizer, prompt: string, options: TokenCountOptions = {}): CountedPrompt {
  const chunkLength = options.chunkLength ?? 75;
  const { known, segments = new Map() } = options;
  type Measured = { count: number; variant: CountedVariant | null; spans: TokenSpan[] | null; stream: TokenStream | null };
  let best: Measured = { count: -1, variant: null, spans: null, stream: null };
  for (const variant of options.variants ?? countedVariants(prompt, options)) {
    const whole = variant.pieces.length === 1 ? variant.pieces[0] : null;
    let measured: Measured;
    if (whole !== null && whole === known?.text) measured = { count: known.tokenCount, variant, spans: null, stream: known.stream ?? null };
    else {
      const spans = (whole === null ? variantSpans(tokenizer, variant, segments) : null) ?? textSpans(tokenizer, variant.pieces.join(""), segments);
      const cutter = new ChunkCutter(options);
      for (const span of spans) cutter.add(span.stream.ids, span.from, span.to, span.breaks);
      measured = { count: cutter.finish().tokenCount, variant, spans, stream: null };
    }
    if (measured.count > best.count) best = measured;
  }
  const { count, variant, spans, stream } = best;
  const max = Math.ceil(Math.max(count, 1) / chunkLength) * chunkLength;
  // The text is joined only if it is read (the CLI's tokenize never does).
  let text: string | null = null;
  return { count, max, get text() { return (text ??= variant!.pieces.join("")); }, stream: spans ? joinSpans(spans) : stream };
}

// The spans of a variant's pieces, or null when a piece its step rendered leaves a bracket open (then the pieces after
// it are weighed, and may be parsed, differently: the caller cuts the whole text anew).
function variantSpans(tokenizer: ClipTokenizer, variant: CountedVariant, segments: SegmentCache): TokenSpan[] | null {
  const { pieces, rendered } = variant;
  const spans: TokenSpan[] = [];
  for (let k = 0; k < pieces.length; k++) {
    if (rendered[k] && k < pieces.length - 1 && leavesBracketOpen(pieces[k])) return null;
    spans.push(pieceSpan(tokenizer, pieces[k], segments));
  }
  return spans;
}

// The spans of `text` cut at attentionCuts (as tokenizeText cuts it), or one span of its own when it has no cut.
function textSpans(tokenizer: ClipTokenizer, text: string, segments: SegmentCache): TokenSpan[] {
  const cuts = attentionCuts(text);
  if (cuts.length === 0) {
    const stream = tokenizeRuns(tokenizer, parseAttentionRuns(text), { source: text });
    return [{ stream, from: 0, to: stream.ids.length, breaks: stream.breaks }];
  }
  const spans: TokenSpan[] = [];
  for (let c = 0, from = 0; c <= cuts.length; c++) {
    const to = c < cuts.length ? cuts[c] : text.length;
    spans.push(pieceSpan(tokenizer, text.slice(from, to), segments));
    from = to;
  }
  return spans;
}

// The tokens and weights of spans in one stream (a text without cuts is one span over all of a stream: that stream).
function joinSpans(spans: readonly TokenSpan[]): TokenStream {
  const [first] = spans;
  if (spans.length === 1 && first.from === 0 && first.to === first.stream.ids.length && first.breaks === first.stream.breaks) return first.stream;
  const stream: TokenStream = { ids: [], weights: [], breaks: [], offsets: [] };
  for (const span of spans) appendSpan(stream, span, true);
  return stream;
}
