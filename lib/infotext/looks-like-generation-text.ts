// "Key: value" pairs as A1111's re_param starts them; enough to recognise its parameter line without parsing it.
const PAIR = /(?:^|,)\s*[\p{L}\p{N}_][\p{L}\p{N}_ \-/]+:\s*\S/gu;

/**
 * Whether text (pasted into a prompt box) is A1111 generation data rather than a prompt: a "Negative prompt:" line,
 * or a last line of three or more "Key: value" pairs that names Steps, as A1111's own paste button requires. Small on
 * purpose: the composer loads the parser only when the user asks to split.
 * @example looksLikeGenerationText("1girl\nNegative prompt: lowres\nSteps: 25, Sampler: Euler a, Seed: 1") // true
 */
export function looksLikeGenerationText(text: string): boolean {
  const lines = text.trim().split("\n");
  if (lines.length < 2) return false;
  if (lines.slice(1).some((line) => line.trimStart().startsWith("Negative prompt:"))) return true;
  const last = lines[lines.length - 1];
  return (last.match(PAIR)?.length ?? 0) >= 3 && /(?:^|,)\s*Steps:\s*\d/.test(last);
}
