import { AttentionTokens, BACKSLASH, CLOSE_ROUND, CLOSE_SQUARE, OPEN_ROUND, OPEN_SQUARE } from "./attention-tokens";
import { PY_DIGIT, PY_SPACE, PY_WORD } from "./python-compat";

/** One run of prompt text with its attention weight; `weight === -1` with text "BREAK" marks a chunk break. */
export type AttentionPair = [text: string, weight: number];

/** A piece of the attention parse with the source range it came from (before runs are merged). */
export interface AttentionSpan {
  text: string;
  weight: number;
  start: number;
  end: number;
  isBreak: boolean;
}

export interface AttentionOptions {
  /** Multiplier of `(x)`; A1111 uses 1.1. */
  roundMultiplier?: number;
  /** Multiplier of `[x]`; A1111 uses 1 / 1.1. */
  squareMultiplier?: number;
}

/** A1111's re_attention, with Python's Unicode classes; exported for the diagnostics scan. */
export const ATTENTION_TOKEN = new RegExp(
  [
    "\\\\\\(", "\\\\\\)", "\\\\\\[", "\\\\\\]", "\\\\\\\\", "\\\\", "\\(", "\\[",
    `:${PY_SPACE}*([+-]?[.${PY_DIGIT}]+)${PY_SPACE}*\\)`,
    "\\)", "\\]", "[^\\\\()\\[\\]:]+", ":",
  ].join("|"),
  "gu",
);
const ATTENTION_SYNTAX = /[\\()[\]:]/;
const BREAK = new RegExp(`${PY_SPACE}*(?<!${PY_WORD})BREAK(?!${PY_WORD})${PY_SPACE}*`, "gu");

/**
 * The attention parse with source ranges: the same pieces A1111's parse_prompt_attention builds, before merging.
 * @example parseAttentionSpans("a (b)") // [{text:"a ",weight:1,start:0,end:2}, {text:"b",weight:1.1,start:3,end:4}]
 */
export function parseAttentionSpans(text: string, options: AttentionOptions = {}): AttentionSpan[] {
  const round = options.roundMultiplier ?? 1.1;
  const square = options.squareMultiplier ?? 1 / 1.1;
  const res: AttentionSpan[] = [];
  const roundOpen: number[] = [];
  const squareOpen: number[] = [];
  const multiplyFrom = (from: number, by: number) => {
    for (let p = from; p < res.length; p++) res[p].weight *= by;
  };
  const push = (t: string, start: number, end: number, isBreak = false) =>
    res.push({ text: t, weight: isBreak ? -1 : 1, start, end, isBreak });
  // Without brackets, escapes or colons the whole text is one piece of weight 1 (split at BREAK).
  if (!ATTENTION_SYNTAX.test(text)) {
    if (text) pushSplitOnBreak(text, 0, push);
    return res;
  }

  const tokens = new AttentionTokens(text);
  while (tokens.next()) {
    const { at, end, unit } = tokens;
    let weight = Number.NaN;
    if (unit === BACKSLASH) push(text.slice(at + 1, end), at, end);
    else if (unit === OPEN_ROUND) roundOpen.push(res.length);
    else if (unit === OPEN_SQUARE) squareOpen.push(res.length);
    else if (tokens.isWeight && roundOpen.length > 0 && !Number.isNaN((weight = tokens.weight()))) multiplyFrom(roundOpen.pop()!, weight);
    else if (unit === CLOSE_ROUND && roundOpen.length > 0) multiplyFrom(roundOpen.pop()!, round);
    else if (unit === CLOSE_SQUARE && squareOpen.length > 0) multiplyFrom(squareOpen.pop()!, square);
    else pushSplitOnBreak(text.slice(at, end), at, push);
  }
  for (const pos of roundOpen) multiplyFrom(pos, round);
  for (const pos of squareOpen) multiplyFrom(pos, square);
  return res;
}

function pushSplitOnBreak(tok: string, at: number, push: (t: string, s: number, e: number, b?: boolean) => void) {
  if (!tok.includes("BREAK")) return push(tok, at, at + tok.length);
  let last = 0;
  for (const b of tok.matchAll(BREAK)) {
    push(tok.slice(last, b.index), at + last, at + b.index);
    push("BREAK", at + b.index, at + b.index + b[0].length, true);
    last = b.index + b[0].length;
  }
  push(tok.slice(last), at + last, at + tok.length);
}

/** A merged run of equal weight with the source range it spans. */
export interface AttentionRun {
  text: string;
  weight: number;
  start: number;
  end: number;
}

/** Merges neighbouring spans of identical weight, as A1111 does; an empty prompt gives one empty run. */
export function parseAttentionRuns(text: string, options: AttentionOptions = {}): AttentionRun[] {
  const spans = parseAttentionSpans(text, options);
  if (spans.length === 0) return [{ text: "", weight: 1.0, start: 0, end: text.length }];
  const runs: AttentionRun[] = [{ text: spans[0].text, weight: spans[0].weight, start: spans[0].start, end: spans[0].end }];
  for (let i = 1; i < spans.length; i++) {
    const last = runs[runs.length - 1];
    if (last.weight === spans[i].weight) {
      last.text += spans[i].text;
      last.end = spans[i].end;
    } else runs.push({ text: spans[i].text, weight: spans[i].weight, start: spans[i].start, end: spans[i].end });
  }
  return runs;
}

/**
 * A1111's parse_prompt_attention: runs of text with their weights, equal neighbours merged.
 * @example parsePromptAttention("an (important) word") // [["an ", 1], ["important", 1.1], [" word", 1]]
 */
export function parsePromptAttention(text: string, options: AttentionOptions = {}): AttentionPair[] {
  return parseAttentionRuns(text, options).map((run) => [run.text, run.weight]);
}
