import { PY_DIGIT, PY_SPACE, PY_WORD, pyFloat } from "./python-compat";

/** One sub-prompt of a composable (`AND`) prompt with its weight. */
export interface SubPrompt {
  text: string;
  weight: number;
}

const AND = new RegExp(`(?<!${PY_WORD})AND(?!${PY_WORD})`, "u");
const WEIGHT = new RegExp(
  `^([\\s\\S]*?)(?:${PY_SPACE}*:${PY_SPACE}*([-+]?(?:${PY_DIGIT}+\\.?|${PY_DIGIT}*\\.${PY_DIGIT}+)))?${PY_SPACE}*$`,
  "u",
);

/**
 * Splits a prompt on `AND` like A1111's get_multicond_prompt_list, reading each part's trailing `:weight`.
 * @example splitComposablePrompt("a cat AND a dog:0.5") // [{text:"a cat", weight:1}, {text:" a dog", weight:0.5}]
 */
export function splitComposablePrompt(prompt: string): SubPrompt[] {
  return prompt.split(AND).map((part) => {
    const m = WEIGHT.exec(part);
    if (!m) return { text: part, weight: 1 };
    return { text: m[1], weight: m[2] === undefined ? 1 : pyFloat(m[2]) };
  });
}
