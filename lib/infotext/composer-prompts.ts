import { convertPrompt, type PromptSyntax } from "../prompt/convert";
import type { GenerationData, GenerationSource } from "./generation-data";

// The prompt syntax each tool writes. ComfyUI's parser (also behind Fooocus and SwarmUI) takes brackets literally;
// NovelAI weights with braces; the others write A1111's syntax or one the composer has no converter for (InvokeAI).
const SYNTAX: Partial<Record<GenerationSource, PromptSyntax>> = { novelai: "novelai", comfyui: "comfyui", fooocus: "comfyui", swarmui: "comfyui" };

/**
 * The prompt and negative of read generation data in the composer's syntax (A1111's), so that "Use in composer"
 * keeps the weights of every source.
 * @example toComposerPrompts({ source: "novelai", prompt: "1girl, {smile}", negative: "", params: {} }) // { prompt: "1girl, (smile:1.05)", negative: "" }
 */
export function toComposerPrompts(data: GenerationData): { prompt: string; negative: string } {
  const syntax = Object.hasOwn(SYNTAX, data.source) ? SYNTAX[data.source] : undefined;
  if (!syntax) return { prompt: data.prompt, negative: data.negative };
  const convert = (text: string) => (text ? convertPrompt(text, syntax, "a1111").text : "");
  return { prompt: convert(data.prompt), negative: convert(data.negative) };
}
