import type { IndexedEntry } from "../dictionary";
import { grammarOf, GRAMMAR_LONGEST, type GrammarRole } from "./grammar";
import type { Lexicon } from "./lexicon";

/** One word of a Chinese run, as segmentation read it. */
export type Piece =
  | { kind: "tag"; zh: string; entry: IndexedEntry }
  | { kind: "phrase"; zh: string; tags: string[] }
  | { kind: "grammar"; zh: string; grammar: GrammarRole }
  | { kind: "word"; zh: string; english: string }
  | { kind: "unknown"; zh: string };

/** Where words come from: the tag dictionary (with multi-tag phrases), grammar, and a general lexicon. */
export interface WordSources {
  /** Best entry for a Chinese key (priority applied; emoji excluded), if any. */
  tagOf(key: string): IndexedEntry | undefined;
  /** Tags of a multi-tag phrase (雨夜 → rain, night), if any. */
  phraseOf(key: string): string[] | undefined;
  lexicon?: Lexicon;
  longest: number;
}

const SEGMENT = 10;
const PER_CHAR = 2.2;
const UNKNOWN = 14;

/**
 * Splits a run of Chinese characters into words on the cheapest whole path (a word costs less the longer it is;
 * tags and grammar beat the general lexicon; an unknown character costs most), the way dictionary segmenters do,
 * instead of a greedy left-to-right match that strands characters.
 * @example segmentRun(sources, "赛博朋克风格的城市").map((p) => p.zh) // ["赛博朋克", "风格", "的", "城市"]
 */
export function segmentRun(sources: WordSources, run: string): Piece[] {
  const n = run.length;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const choice: Array<Piece | null> = new Array(n + 1).fill(null);
  cost[0] = 0;
  const maxLen = Math.min(12, Math.max(sources.longest, GRAMMAR_LONGEST, sources.lexicon?.longest ?? 1));
  for (let end = 1; end <= n; end++) {
    for (let len = 1; len <= Math.min(maxLen, end); len++) {
      const start = end - len;
      if (cost[start] === Infinity) continue;
      const option = bestPiece(sources, run.slice(start, end));
      if (!option) continue;
      const total = cost[start] + option.cost;
      if (total < cost[end]) {
        cost[end] = total;
        choice[end] = option.piece;
      }
    }
  }
  const pieces: Piece[] = [];
  for (let end = n; end > 0; end -= choice[end]!.zh.length) pieces.push(choice[end]!);
  return absorbUnknown(pieces.reverse());
}

function bestPiece(sources: WordSources, word: string): { piece: Piece; cost: number } | null {
  const len = word.length;
  const base = SEGMENT - PER_CHAR * len;
  const grammar = grammarOf(word);
  if (grammar) return { piece: { kind: "grammar", zh: word, grammar }, cost: base - 0.5 };
  const phrase = sources.phraseOf(word);
  if (phrase) return { piece: { kind: "phrase", zh: word, tags: phrase }, cost: base - 0.3 };
  const entry = sources.tagOf(word);
  if (entry) return { piece: { kind: "tag", zh: word, entry }, cost: base - entry.entry.pop * 0.05 };
  const english = len > 1 ? sources.lexicon?.get(word) : undefined;
  if (english) return { piece: { kind: "word", zh: word, english }, cost: base + 1.5 };
  return len === 1 ? { piece: { kind: "unknown", zh: word }, cost: UNKNOWN } : null;
}

// Unknown characters glue into one fragment, taking general-lexicon words beside them along: a lexicon reading of
// half a phrase nobody recognised (量子纠缠 + 态) would put a wrong word into the prompt.
function absorbUnknown(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const touchesUnknown = (j: number) => pieces[j]?.kind === "unknown";
    if (piece.kind === "unknown" || (piece.kind === "word" && (touchesUnknown(i - 1) || touchesUnknown(i + 1)))) {
      const last = out.at(-1);
      if (last?.kind === "unknown") last.zh += piece.zh;
      else out.push({ kind: "unknown", zh: piece.zh });
    } else out.push(piece);
  }
  return out;
}
