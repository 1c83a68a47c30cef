import { isPySpace, PY_DIGIT, PY_WORD, pyFloat } from "./python-compat";

/** One sub-prompt of a composable (`AND`) prompt with its weight. */
export interface SubPrompt {
  text: string;
  weight: number;
}

const AND = new RegExp(`(?<!${PY_WORD})AND(?!${PY_WORD})`, "u");
const NUMBER = new RegExp(`^[-+]?(?:${PY_DIGIT}+\\.?|${PY_DIGIT}*\\.${PY_DIGIT}+)$`, "u");
const NUMBER_CHAR = new RegExp(`^[-+.]$|^${PY_DIGIT}$`, "u");

/**
 * Splits a prompt on `AND` like A1111's get_multicond_prompt_list, reading each part's trailing `:weight`.
 * @example splitComposablePrompt("a cat AND a dog:0.5") // [{text:"a cat", weight:1}, {text:" a dog", weight:0.5}]
 */
export function splitComposablePrompt(prompt: string): SubPrompt[] {
  // (Built by push: the map of optimized code made arrays of another kind than the interpreter's, and the loop over
  // them in countedVariants then threw its optimized code away.)
  const parts: SubPrompt[] = [];
  for (const part of prompt.includes("AND") ? prompt.split(AND) : [prompt]) parts.push(readWeight(part));
  return parts;
}

/**
 * A1111's re_weight, `^((?:\s|.)*?)(?:\s*:\s*([-+]?(?:\d+\.?|\d*\.\d+)))?\s*$`, read from the end: the number is the
 * run of sign, dot and digit characters before the trailing whitespace, and it counts when only whitespace stands
 * between it and a colon; the (lazy) text then ends where the whitespace before that colon begins.
 */
function readWeight(part: string): SubPrompt {
  let end = part.length;
  while (end > 0 && isPySpace(part.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isNumberChar(part, start)) start -= pairEndsAt(part, start) ? 2 : 1;
  let colon = start;
  while (colon > 0 && isPySpace(part.charCodeAt(colon - 1))) colon--;
  if (start === end || part.charCodeAt(colon - 1) !== 58 || !NUMBER.test(part.slice(start, end))) return { text: part.slice(0, end), weight: 1 };
  let text = colon - 1;
  while (text > 0 && isPySpace(part.charCodeAt(text - 1))) text--;
  return { text: part.slice(0, text), weight: pyFloat(part.slice(start, end)) };
}

// Whether a surrogate pair (one astral code point) ends just before `at`.
const pairEndsAt = (text: string, at: number) =>
  at > 1 && text.charCodeAt(at - 1) >= 0xdc00 && text.charCodeAt(at - 1) <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;

// Whether the code point that ends just before `at` is a sign, a dot or a decimal digit.
function isNumberChar(text: string, at: number): boolean {
  const unit = text.charCodeAt(at - 1);
  if (unit === 43 || unit === 45 || unit === 46 || (unit >= 48 && unit <= 57)) return true;
  if (unit < 0x80) return false;
  return NUMBER_CHAR.test(String.fromCodePoint(text.codePointAt(pairEndsAt(text, at) ? at - 2 : at - 1)!));
}
