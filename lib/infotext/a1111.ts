import type { GenerationData } from "./generation-data";
import type { GenerationReader } from "./generation-reader";
import { readJsonEntry } from "./json-entry";
import { parseInfotext, readParamLine, type InfotextParams } from "./parse-infotext";

/**
 * A1111 infotext as generation data: prompt and negative lifted out, every parameter kept under A1111's names.
 * Fooocus writes this format too ("a1111" scheme) and signs it with "Version: Fooocus v…"; such text is "fooocus".
 * @example fromInfotext("a cat\nSteps: 20, Sampler: Euler a, Seed: 1").prompt // "a cat"
 */
export function fromInfotext(text: string): GenerationData {
  const params: InfotextParams = parseInfotext(text);
  const source = typeof params.Version === "string" && params.Version.startsWith("Fooocus") ? "fooocus" : "a1111";
  return { source, prompt: String(params.Prompt ?? ""), negative: String(params["Negative prompt"] ?? ""), params, written: writtenParams(text) };
}

/**
 * The parameters of an infotext's last line as written (quotes taken off), without the defaults A1111 fills in.
 * @example writtenParams("a cat\nSteps: 20, Size: 512x768, Seed: 1") // [["Steps", "20"], ["Size", "512x768"], ["Seed", "1"]]
 */
export function writtenParams(text: string): Array<[string, string]> {
  const last = text.trim().split("\n").pop() ?? "";
  const pairs = readParamLine(last);
  if (pairs.length < 3) return [];
  return pairs.filter(([, v]) => v !== "").map(([k, v]): [string, string] => [k, v.length > 1 && v.startsWith('"') && v.endsWith('"') ? unquote(v) : v]);
}

function unquote(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "string" ? parsed : value;
  } catch {
    return value;
  }
}

/** A1111 / Forge: a "parameters" entry that is text, never JSON (SwarmUI, Fooocus and Easy Diffusion put JSON there). */
export const a1111Reader: GenerationReader = {
  source: "a1111",
  claims: (entries) => !!entries.parameters?.trim() && readJsonEntry(entries, "parameters") === undefined,
  read: (entries) => fromInfotext(entries.parameters),
};
