import type { InfotextParams } from "./parse-infotext";

/** The tools whose generation data can be read, as `GenerationData.source` names them. */
export type GenerationSource = "a1111" | "comfyui" | "novelai" | "fooocus" | "invokeai" | "swarmui" | "easydiffusion" | "drawthings";

/** Prompt, negative and parameters read out of an image or pasted text, and which tool wrote them. */
export interface GenerationData {
  source: GenerationSource;
  prompt: string;
  negative: string;
  /** Parameters under A1111's infotext names where A1111 has one (sampler names too), else under the tool's own. */
  params: InfotextParams;
  /** Set when the data was hidden in the pixels (stealth PNG info): in the alpha channel's low bits, or RGB's. */
  hiddenIn?: "alpha" | "rgb";
  /** A1111 infotext only: the parameters exactly as the text wrote them, in its order (`params` adds A1111's defaults). */
  written?: Array<[string, string]>;
}

/** Each source's name as users know the tool. */
export const GENERATION_SOURCE_NAMES: Readonly<Record<GenerationSource, string>> = Object.freeze({
  a1111: "AUTOMATIC1111 / Forge",
  comfyui: "ComfyUI",
  novelai: "NovelAI",
  fooocus: "Fooocus",
  invokeai: "InvokeAI",
  swarmui: "SwarmUI",
  easydiffusion: "Easy Diffusion",
  drawthings: "Draw Things",
});
