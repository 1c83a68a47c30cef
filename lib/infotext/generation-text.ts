import { parseInfotext, type InfotextParams } from "./parse-infotext";

/**
 * Generation text split as A1111 reads it: the prompt, the negative and the parameters.
 * @example splitGenerationText("a cat\nNegative prompt: dog\nSteps: 20, Sampler: Euler a, Seed: 1").negative // "dog"
 */
export function splitGenerationText(text: string): { prompt: string; negative: string; params: InfotextParams } {
  const params = parseInfotext(text);
  return { prompt: String(params.Prompt ?? ""), negative: String(params["Negative prompt"] ?? ""), params };
}
