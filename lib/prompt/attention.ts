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
  // Without brackets, escapes or colons the whole text is one piece of weight 1 (split at BREAK).
  if (!ATTENTION_SYNTAX.test(text)) {
    if (text) pushSplitOnBreak(res, text, 0);
    return res;
  }

  const tokens = new AttentionTokens(text);
  while (tokens.next()) {
    const { at, end, unit } = tokens;
    let weight = Number.NaN;
    if (unit === BACKSLASH) pushSpan(res, text.slice(at + 1, end), at, end, false);
    else if (unit === OPEN_ROUND) roundOpen.push(res.length);
    else if (unit === OPEN_SQUARE) squareOpen.push(res.length);
    else if (tokens.isWeight && roundOpen.length > 0 && !Number.isNaN((weight = tokens.weight()))) multiplyFrom(res, roundOpen.pop()!, weight);
    else if (unit === CLOSE_ROUND && roundOpen.length > 0) multiplyFrom(res, roundOpen.pop()!, round);
    else if (unit === CLOSE_SQUARE && squareOpen.length > 0) multiplyFrom(res, squareOpen.pop()!, square);
    else pushSplitOnBreak(res, text.slice(at, end), at);
  }
  for (const pos of roundOpen) multiplyFrom(res, pos, round);
  for (const pos of squareOpen) multiplyFrom(res, pos, square);
  return res;
}

function multiplyFrom(res: AttentionSpan[], from: number, by: number): void {
  for (let p = from; p < res.length; p++) res[p].weight *= by;
}

function pushSpan(res: AttentionSpan[], text: string, start: number, end: number, isBreak: boolean): void {
  res.push({ text, weight: isBreak ? -1 : 1, start, end, isBreak });
}

function pushSplitOnBreak(res: AttentionSpan[], tok: string, at: number): void {
  if (!tok.includes("BREAK")) return pushSpan(res, tok, at, at + tok.length, false);
  let last = 0;
  for (const b of tok.matchAll(BREAK)) {
    pushSpan(res, tok.slice(last, b.index), at + last, at + b.index, false);
    pushSpan(res, "BREAK", at + b.index, at + b.index + b[0].length, true);
    last = b.index + b[0].length;
  }
  pushSpan(res, tok.slice(last), at + last, at + tok.length, false);
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
