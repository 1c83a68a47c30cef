import type { ClipTokenizer } from "../../../tokenizer/clip-tokenizer";
import { chunkPrompt } from "../../../tokenizer/chunk";
import { END_TOKEN } from "../../../tokenizer/vocab";

/** Hidden states of a prompt: `tokens` rows (77 per chunk) of `hidden` floats, row-major. */
export interface Conditioning {
  data: Float32Array;
  tokens: number;
  hidden: number;
}

/** Runs the text encoder on 77-id chunks; returns each chunk's [77 × hidden] last hidden state. */
export type ChunkEncoder = (chunks: number[][]) => Promise<Float32Array[]>;

/** Options of the prompt encoding that differ between model families. */
export interface EncodeOptions {
  /** Id written after the first end token (A1111: the end token for SD1, 0 for SD2's OpenCLIP). */
  padTokenId?: number;
}

/**
 * A1111's emphasis ("Original"): multiply each token's hidden state by its multiplier, then rescale the whole chunk so
 * its mean is what it was (`z *= multipliers; z *= original_mean / new_mean`). Works in place on one chunk.
 * @example applyEmphasis(Float32Array.of(1, 3), [1, 2], 1) // [0.5714…, 3.4285…]: ×[1, 2] gives [1, 6] (mean 3.5), then ×2/3.5
 */
export function applyEmphasis(z: Float32Array, multipliers: readonly number[], hidden: number): Float32Array {
  if (multipliers.every((m) => m === 1)) return z;
  let before = 0;
  for (let i = 0; i < z.length; i++) before += z[i];
  let after = 0;
  for (let t = 0; t < multipliers.length; t++) {
    const m = multipliers[t];
    for (let i = t * hidden; i < (t + 1) * hidden; i++) after += (z[i] *= m);
  }
  const scale = before / after;
  for (let i = 0; i < z.length; i++) z[i] *= scale;
  return z;
}

/**
 * Encodes one prompt line as A1111 does: 75-token chunks (start/end added, padded to 77) encoded separately, emphasis
 * applied per chunk, the chunks concatenated along the token axis: one chunk → [77, hidden], two → [154, hidden].
 */
export async function encodePromptText(tokenizer: ClipTokenizer, text: string, encode: ChunkEncoder, options: EncodeOptions = {}): Promise<Conditioning> {
  const { chunks } = chunkPrompt(tokenizer, text);
  const ids = chunks.map((c) => padAfterEnd(c.ids, options.padTokenId ?? END_TOKEN));
  const encoded = await encode(ids);
  const hidden = encoded[0].length / 77;
  const data = new Float32Array(encoded.length * 77 * hidden);
  encoded.forEach((z, i) => data.set(applyEmphasis(z, chunks[i].multipliers, hidden), i * 77 * hidden));
  return { data, tokens: chunks.length * 77, hidden };
}

function padAfterEnd(ids: number[], pad: number): number[] {
  if (pad === END_TOKEN) return ids;
  const end = ids.indexOf(END_TOKEN);
  return ids.map((id, i) => (i > end ? pad : id));
}

/**
 * Pads a conditioning to `tokens` rows by repeating `empty` (the encoding of the empty prompt, one 77-row chunk), as
 * A1111 pads the shorter of prompt and negative prompt so both batch together.
 */
export function padWithEmpty(c: Conditioning, empty: Conditioning, tokens: number): Conditioning {
  if (c.tokens === tokens) return c;
  if ((tokens - c.tokens) % empty.tokens !== 0 || tokens < c.tokens) throw new RangeError(`cannot pad ${c.tokens} tokens to ${tokens}`);
  const data = new Float32Array(tokens * c.hidden);
  data.set(c.data);
  for (let at = c.data.length; at < data.length; at += empty.data.length) data.set(empty.data, at);
  return { data, tokens, hidden: c.hidden };
}

/** Pads a conditioning to `tokens` rows by repeating its last row (A1111's stack_conds for AND parts). */
export function padWithLastToken(c: Conditioning, tokens: number): Conditioning {
  if (c.tokens === tokens) return c;
  const data = new Float32Array(tokens * c.hidden);
  data.set(c.data);
  const last = c.data.subarray((c.tokens - 1) * c.hidden);
  for (let t = c.tokens; t < tokens; t++) data.set(last, t * c.hidden);
  return { data, tokens, hidden: c.hidden };
}

/** Encodes each distinct text once (the empty prompt always, for padding); returns text → conditioning. */
export async function encodeTexts(tokenizer: ClipTokenizer, texts: Iterable<string>, encode: ChunkEncoder, options: EncodeOptions = {}): Promise<Map<string, Conditioning>> {
  const encoded = new Map<string, Conditioning>();
  for (const text of ["", ...texts]) if (!encoded.has(text)) encoded.set(text, await encodePromptText(tokenizer, text, encode, options));
  return encoded;
}
