import { parseInfotext, readParamLine } from "../infotext/parse-infotext";

/**
 * The prompt, negative and parameters of a render's infotext for a card: only the parameters the infotext itself
 * names (parseInfotext also fills in A1111's defaults), "Size" kept as Size-1/Size-2.
 * @example cardParamsFromInfotext("a cat\nSteps: 20, Seed: 5, Size: 512x768").params // { Steps: "20", Seed: "5", "Size-1": "512", "Size-2": "768" }
 */
export function cardParamsFromInfotext(infotext: string): { prompt: string; negative: string; params: Record<string, string | number | boolean> } {
  const parsed = parseInfotext(infotext);
  const named = new Set(readParamLine(infotext.trim().split("\n").at(-1) ?? "").map(([key]) => key));
  const params = Object.fromEntries(Object.entries(parsed).filter(([key]) => named.has(key) || named.has(key.replace(/-[12]$/, ""))));
  return { prompt: String(parsed.Prompt ?? ""), negative: String(parsed["Negative prompt"] ?? ""), params };
}
