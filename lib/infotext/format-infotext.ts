/** Generation parameters in the order A1111 writes them; null/undefined values are left out. */
export type GenerationParams = Record<string, string | number | boolean | null | undefined>;

/** A1111's quote(): values holding a comma, newline or colon are written as JSON strings. */
export function quoteInfotextValue(value: string | number | boolean): string {
  const text = typeof value === "boolean" ? (value ? "True" : "False") : String(value);
  return /[,\n:]/.test(text) ? JSON.stringify(text) : text;
}

/**
 * Writes A1111's infotext ("generation data"): the prompt, "Negative prompt: …" if any, then the parameter line.
 * @example formatInfotext("a cat", "", { Steps: 20, Sampler: "Euler a" }) // "a cat\nSteps: 20, Sampler: Euler a"
 */
export function formatInfotext(prompt: string, negative: string, params: GenerationParams): string {
  const line = Object.entries(params)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== null && entry[1] !== undefined)
    .map(([k, v]) => (k === v ? k : `${k}: ${quoteInfotextValue(v)}`))
    .join(", ");
  const negativeText = negative ? `\nNegative prompt: ${negative}` : "";
  return `${prompt}${negativeText}\n${line}`.trim();
}
