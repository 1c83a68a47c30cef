import { ATTENTION_TOKEN } from "./attention";
import { PROMPT_LIMITS } from "./prompt-limits";

/**
 * The offset of the first bracket that opens deeper than `max` levels (escaped brackets do not count), or null.
 * Iterative: a prompt of any depth costs no stack.
 * @example findDeepNesting("((a))", 1) // 1
 */
export function findDeepNesting(text: string, max: number = PROMPT_LIMITS.maxNesting): number | null {
  if (text.length <= max) return null;
  let round = 0;
  let square = 0;
  for (const m of text.matchAll(ATTENTION_TOKEN)) {
    const tok = m[0];
    if (tok === "(") round++;
    else if (tok === "[") square++;
    else if ((tok === ")" || m[1] !== undefined) && round > 0) round--;
    else if (tok === "]" && square > 0) square--;
    else continue;
    if (round + square > max) return m.index;
  }
  return null;
}
