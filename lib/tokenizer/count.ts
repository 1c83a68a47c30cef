import { parseAttentionRuns } from "../prompt/attention";
import { leavesBracketOpen } from "../prompt/attention-cuts";
import { countedVariants, type CountedTextOptions, type CountedVariant } from "../prompt/counted-texts";
import type { ChunkOptions } from "./chunk";
import { cutChunks } from "./chunk-cuts";
import type { ClipTokenizer } from "./clip-tokenizer";
import { tokenizeRuns, tokenizeText, type SegmentCache, type TokenStream } from "./token-stream";

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
 * written too), so a variant costs the tokens of the pieces its step changes.
 */
export function measureCountedPrompt(tokenizer: ClipTokenizer, prompt: string, options: TokenCountOptions = {}): CountedPrompt {
  const chunkLength = options.chunkLength ?? 75;
  const { known, segments = new Map() } = options;
  let best: { count: number; variant: CountedVariant | null; stream: TokenStream | null } = { count: -1, variant: null, stream: null };
  for (const variant of options.variants ?? countedVariants(prompt, options)) {
    const whole = variant.pieces.length === 1 ? variant.pieces[0] : null;
    let count: number;
    let stream: TokenStream | null = null;
    if (whole !== null && whole === known?.text) ({ tokenCount: count, stream = null } = known);
    else {
      // Counting needs no weights: a joined variant gets them only if it wins.
      stream = (whole === null ? joinPieces(tokenizer, variant, segments, false) : null) ?? tokenizeText(tokenizer, variant.pieces.join(""), segments);
      count = cutChunks(stream, options).tokenCount;
    }
    if (count > best.count) best = { count, variant, stream };
  }
  const { variant, stream } = best;
  const weighed = stream && stream.weights.length < stream.ids.length ? joinPieces(tokenizer, variant!, segments, true) : stream;
  const max = Math.ceil(Math.max(best.count, 1) / chunkLength) * chunkLength;
  return { count: best.count, max, text: variant!.pieces.join(""), stream: weighed };
}

// A variant's tokens from its pieces' tokens, or null when a piece its step rendered leaves a bracket open (then the
// pieces after it are weighed, and may be parsed, differently: the caller tokenizes the whole text).
function joinPieces(tokenizer: ClipTokenizer, variant: CountedVariant, segments: SegmentCache, weights: boolean): TokenStream | null {
  const stream: TokenStream = { ids: [], weights: [], breaks: [], offsets: [] };
  const { pieces, rendered } = variant;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    if (rendered[k] && k < pieces.length - 1 && leavesBracketOpen(piece)) return null;
    let part = segments.get(piece);
    if (!part) segments.set(piece, (part = tokenizeRuns(tokenizer, parseAttentionRuns(piece))));
    const base = stream.ids.length;
    for (const at of part.breaks) stream.breaks.push(base + at);
    for (let t = 0; t < part.ids.length; t++) stream.ids.push(part.ids[t]);
    if (weights) for (let t = 0; t < part.weights.length; t++) stream.weights.push(part.weights[t]);
  }
  return stream;
}
