import type { InfotextParams } from "./parse-infotext";

/** Prompt, negative and parameters read out of an image or pasted text, and which tool wrote them. */
export interface GenerationData {
  source: "a1111" | "comfyui" | "novelai";
  prompt: string;
  negative: string;
  /** Parameters under A1111's infotext names. */
  params: InfotextParams;
}
