import type { AttentionPair } from "../prompt/attention";
import type { Diagnostic } from "../prompt/diagnostics";
import type { HighlightSpan } from "../prompt/highlight";
import { describeDiagnostic } from "../prompt/messages";
import { countedVariants, type CountedVariant } from "../prompt/counted-texts";
import { readPrompt, type PromptReading, type PromptTag } from "../prompt/read-prompt";
import type { ScheduleEntry } from "../prompt/schedules";
import type { PromptNode } from "../prompt/syntax-tree";
import { buildChunks, type ChunkedPrompt, type PromptChunk } from "../tokenizer/chunk";
import { cutChunks, type ChunkCuts, type CutOptions } from "../tokenizer/chunk-cuts";
import type { ClipTokenizer } from "../tokenizer/clip-tokenizer";
import { measureCountedPrompt, type CountedPrompt } from "../tokenizer/count";
import { tokenizeRuns, tokenizeText, type SegmentCache, type TokenStream } from "../tokenizer/token-stream";
import type { WordIndex } from "../tokenizer/word-index";
import { checkScheduleSize } from "./schedule-size";

/** A token stream and where A1111 cuts it into chunks: what a chunk list is built from. */
export interface ChunkLayout {
  stream: TokenStream;
  cuts: ChunkCuts;
}

/** A diagnostic with its message in both languages. */
export type DescribedDiagnostic = Diagnostic & { message: string; messageZh: string };

const ATTENTION_SYNTAX = /[\\()[\]:]/;

export interface AnalyzeOptions extends CutOptions {
  /** Sampling steps the schedules and the count are resolved at (A1111's UI: the steps slider, 20 by default). */
  steps?: number;
  /** A negative prompt is not split on AND when counted. */
  isNegative?: boolean;
  /** Work out where each raw-text chunk starts in the source (chunkStarts), for the editor's chunk marks. */
  trackOffsets?: boolean;
}

/**
 * The one analysis of one version of a prompt that the editor, the API and the CLI all read: grammar facts (tree,
 * diagnostics, highlighting, attention, tags, schedules) and token facts (ids, A1111's N/75 count, the chunks of the
 * text that count measured and of the raw text). Each fact is worked out when first read, from what is already
 * known: one syntax parse, one split of the raw text into words (the ids; runs read after them copy their words'
 * ids), the count's variants sharing their run tokens.
 * @example analyzePrompt(tok, "a cat <lora:x:1>").tokenCount // 2 (chunks: of "a cat "; rawChunks: of the whole text)
 */
export function analyzePrompt(tokenizer: ClipTokenizer, prompt: string | PromptReading, options: AnalyzeOptions = {}): PromptAnalysis {
  return new PromptAnalysis(tokenizer, typeof prompt === "string" ? readPrompt(prompt) : prompt, options);
}

/** See analyzePrompt. */
export class PromptAnalysis {
  private readonly segments: SegmentCache = new Map();
  private rawMemo: { stream: TokenStream; cuts: ChunkCuts; chunked: ChunkedPrompt | null } | null = null;
  private countedMemo: CountedPrompt | null = null;
  private chunksMemo: PromptChunk[] | null = null;
  private countedLayoutMemo: ChunkLayout | null = null;
  private idsMemo: number[] | null = null;
  private words: WordIndex | null = null;
  private described: DescribedDiagnostic[] | null = null;
  private variantsMemo: CountedVariant[] | null = null;

  constructor(private readonly tokenizer: ClipTokenizer, readonly reading: PromptReading, private readonly options: AnalyzeOptions) {}

  get text(): string { return this.reading.text; }
  get steps(): number { return this.options.steps ?? 20; }
  get tree(): PromptNode[] { return this.reading.tree; }
  /** The grammar's diagnostics, each with its message in English and in Chinese. */
  get diagnostics(): DescribedDiagnostic[] {
    return (this.described ??= this.reading.diagnostics.map((d) => ({ ...d, message: describeDiagnostic(d, "en"), messageZh: describeDiagnostic(d, "zh") })));
  }
  get highlight(): HighlightSpan[] { return this.reading.highlight; }
  get attention(): AttentionPair[] { return this.reading.attention; }
  get tags(): PromptTag[] { return this.reading.tags; }
  /** Schedules at `steps`; throws AppError("invalid_input") past maxScheduleChars (see checkScheduleSize). */
  get schedules(): ScheduleEntry[] {
    const schedules = this.reading.schedules(this.steps);
    checkScheduleSize(schedules, this.steps);
    return schedules;
  }

  /** CLIP ids of the raw text as OpenAI's encode() gives them (no start or end token). */
  get ids(): number[] {
    if (this.idsMemo) return this.idsMemo;
    // Text without attention syntax or BREAK is one run: its tokens are already the ids of the whole text.
    const plain = !ATTENTION_SYNTAX.test(this.text) && !this.text.includes("BREAK");
    if (plain) return (this.idsMemo = this.raw.stream.ids);
    // Read before the count, the words are indexed for the runs to copy their ids (see WordIndex).
    const { ids, words } = this.tokenizer.encodeWords(this.text);
    if (!this.rawMemo) this.words = words;
    return (this.idsMemo = ids);
  }

  /** N in A1111's "N/75". */
  get tokenCount(): number { return this.counted.count; }
  /** The denominator: 75, 150, 225 … */
  get maxTokens(): number { return this.counted.max; }
  /** The text the count measured: extra networks removed, the AND part and scheduled variant with the most tokens. */
  get countedText(): string { return this.counted.text; }

  /** The 77-token chunks of countedText: what A1111 conditions on for the step it counted. */
  get chunks(): PromptChunk[] {
    if (this.chunksMemo) return this.chunksMemo;
    const counted = this.countedLayout;
    if (counted === this.raw) return (this.chunksMemo = this.rawChunked.chunks);
    return (this.chunksMemo = buildChunks(counted.stream, counted.cuts, this.options).chunks);
  }

  /**
   * The tokens and cuts `chunks` and `rawChunks` are built from (one object when they are the same chunks), for a
   * writer that needs no chunk built (see JsonBytes.chunks).
   */
  get chunkLayouts(): { counted: ChunkLayout; raw: ChunkLayout } {
    return { counted: this.countedLayout, raw: this.raw };
  }

  /** The chunks of the raw text as written, as the editor draws them. */
  get rawChunks(): PromptChunk[] { return this.rawChunked.chunks; }
  /** Where each raw-text chunk starts in the source (-1 without `trackOffsets`). */
  get chunkStarts(): number[] { return this.rawChunked.chunkStarts; }
  /** Tokens in each raw-text chunk, before padding. */
  get chunkSizes(): number[] { return this.rawChunked.chunkSizes; }

  /** The API's answer: every fact, diagnostics with their messages in English and Chinese. */
  toJSON() {
    const { tree, attention, schedules, ids, tokenCount, maxTokens, countedText, chunks, rawChunks, chunkStarts, diagnostics } = this;
    return { tree, attention, schedules, ids, tokenCount, maxTokens, countedText, chunks, rawChunks, chunkStarts, diagnostics };
  }

  private get raw() {
    if (!this.rawMemo) {
      const { trackOffsets } = this.options;
      // Tokenized piece by piece when the count has other texts to measure, which then reuse the pieces.
      const shared = !trackOffsets && this.variants.some((v) => v.pieces.length > 1 || v.pieces[0] !== this.text);
      const { words } = this;
      // Cut as the count's variants of the whole text are, into the same strings: they share every piece they leave alone.
      const pieces = shared ? this.variants.find((v) => v.part === this.text && v.partPieces.length > 1)?.partPieces : undefined;
      const stream = shared ? tokenizeText(this.tokenizer, this.text, this.segments, words, pieces)
        : tokenizeRuns(this.tokenizer, this.reading.attentionRuns, { offsets: trackOffsets, source: this.text, words });
      this.words = null;
      this.rawMemo = { stream, cuts: cutChunks(stream, this.options), chunked: null };
    }
    return this.rawMemo;
  }

  private get rawChunked(): ChunkedPrompt {
    const raw = this.raw;
    raw.chunked ??= buildChunks(raw.stream, raw.cuts, this.options);
    return raw.chunked;
  }

  // The counted text's tokens and cuts: the raw text's own when the count measured the text as written.
  private get countedLayout(): ChunkLayout {
    if (this.countedLayoutMemo) return this.countedLayoutMemo;
    const { stream } = this.counted;
    const raw = this.raw;
    // The raw text's tokens when the count measured the text as written (its stream is the one handed in as known).
    return (this.countedLayoutMemo = !stream || stream === raw.stream ? raw : { stream, cuts: cutChunks(stream, this.options) });
  }

  private get counted(): CountedPrompt {
    if (this.countedMemo) return this.countedMemo;
    const { stream, cuts } = this.raw;
    const { chunkLength, commaPaddingBacktrack } = this.options;
    return (this.countedMemo = measureCountedPrompt(this.tokenizer, this.text, {
      chunkLength, commaPaddingBacktrack, variants: this.variants, segments: this.segments, known: { text: this.text, tokenCount: cuts.tokenCount, stream },
    }));
  }

  private get variants(): CountedVariant[] {
    if (this.variantsMemo) return this.variantsMemo;
    // The reading's parse, read only if the count needs a tree (planSchedules asks when the prompt may change).
    return (this.variantsMemo = countedVariants(this.text, { steps: this.steps, isNegative: this.options.isNegative }, () => this.reading.syntax));
  }
}
