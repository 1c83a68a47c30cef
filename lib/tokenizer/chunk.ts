import { parseAttentionRuns, type AttentionOptions } from "../prompt/attention";
import type { ClipTokenizer } from "./clip-tokenizer";
import { COMMA_TOKEN, END_TOKEN, START_TOKEN } from "./vocab";

/** One CLIP pass: 77 ids (start, 75 tokens, end) and the attention multiplier of each. */
export interface PromptChunk {
  ids: number[];
  multipliers: number[];
}

export interface ChunkOptions extends AttentionOptions {
  /** Tokens per chunk between the start and end tokens; A1111 uses 75. */
  chunkLength?: number;
  /** A1111's "comma padding backtrack": move text after a comma this close to the chunk end into the next chunk. */
  commaPaddingBacktrack?: number;
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
  const chunkLength = options.chunkLength ?? 75;
  const backtrack = options.commaPaddingBacktrack ?? 20;
  const chunks: PromptChunk[] = [];
  let tokens: number[] = [];
  let mults: number[] = [];
  let offsets: number[] = [];
  const chunkStarts: number[] = [];
  const chunkSizes: number[] = [];
  let tokenCount = 0;
  let lastComma = -1;

  const nextChunk = (isLast = false) => {
    tokenCount += isLast ? tokens.length : chunkLength;
    const pad = chunkLength - tokens.length;
    const ids = [START_TOKEN, ...tokens];
    const multipliers = [1.0, ...mults];
    for (let i = 0; i < pad; i++) {
      ids.push(END_TOKEN);
      multipliers.push(1.0);
    }
    ids.push(END_TOKEN);
    multipliers.push(1.0);
    chunks.push({ ids, multipliers });
    chunkStarts.push(offsets[0] ?? -1);
    chunkSizes.push(tokens.length);
    lastComma = -1;
    tokens = [];
    mults = [];
    offsets = [];
  };

  const runIds: number[] = [];
  for (const { text, weight, start, end } of parseAttentionRuns(line, options)) {
    if (text === "BREAK" && weight === -1) {
      nextChunk();
      continue;
    }
    runIds.length = 0;
    tokenizer.encodeInto(text, runIds);
    const runOffsets = options.trackOffsets ? sourceOffsets(tokenizer, text, start, end, runIds.length) : null;
    for (let k = 0; k < runIds.length; k++) {
      const token = runIds[k];
      const offset = runOffsets ? runOffsets[k] : -1;
      if (token === COMMA_TOKEN) lastComma = tokens.length;
      else if (backtrack !== 0 && tokens.length === chunkLength && lastComma !== -1 && tokens.length - lastComma <= backtrack) {
        const breakAt = lastComma + 1;
        const moved = { tokens: tokens.slice(breakAt), mults: mults.slice(breakAt), offsets: offsets.slice(breakAt) };
        tokens = tokens.slice(0, breakAt);
        mults = mults.slice(0, breakAt);
        offsets = offsets.slice(0, breakAt);
        nextChunk();
        ({ tokens, mults, offsets } = moved);
      }
      if (tokens.length === chunkLength) nextChunk();
      tokens.push(token);
      mults.push(weight);
      offsets.push(offset);
    }
  }
  if (tokens.length > 0 || chunks.length === 0) nextChunk(true);
  return { chunks, tokenCount, chunkStarts, chunkSizes };
}

// Word-exact where the run was written without escapes and splits like its cleaned form; proportional otherwise.
function sourceOffsets(tokenizer: ClipTokenizer, text: string, start: number, end: number, count: number): number[] {
  const exact = end - start === text.length ? tokenizer.tokenOffsets(text, count) : null;
  if (exact) return exact.map((i) => start + i);
  return Array.from({ length: count }, (_, k) => start + Math.floor((k * (end - start)) / count));
}
