import type { GenerationData } from "./generation-data";
import { isPlainObject } from "./json-entry";
import { modelName, ParamWriter } from "./param-writer";
import { a1111SamplerName } from "./sampler-names";

// Keys of the "image" object of "sd-metadata" with an A1111 counterpart, or that are the prompt.
const IMAGE_USED = ["prompt", "steps", "sampler", "cfg_scale", "seed", "width", "height", "strength"];
// The switches of InvokeAI's "dream" command line: A1111 names for those with one, the long option name otherwise.
const DREAM_SWITCHES: Record<string, string> = {
  "-s": "Steps", "--steps": "Steps", "-S": "Seed", "--seed": "Seed", "-W": "Size-1", "--width": "Size-1", "-H": "Size-2",
  "--height": "Size-2", "-C": "CFG scale", "--cfg_scale": "CFG scale", "-A": "Sampler", "--sampler": "Sampler",
  "-f": "Denoising strength", "--strength": "Denoising strength", "-m": "Model", "--model": "Model",
  "-I": "init_img", "-M": "init_mask", "-G": "gfpgan_strength", "-U": "upscale", "-v": "variation_amount",
  "-V": "with_variations", "-n": "iterations", "-F": "fit", "-t": "log_tokenization", "-x": "skip_normalize",
};

/**
 * InvokeAI 1.15–2.3 "sd-metadata": { model_weights, app_version, image: { prompt, steps, cfg_scale, sampler, seed,
 * width, height, … } }, where the prompt is text or [{ prompt, weight }] and "[…]" in it is the negative prompt.
 */
export function readSdMetadata(data: Record<string, unknown>): GenerationData {
  const image = isPlainObject(data.image) ? data.image : {};
  const w = new ParamWriter();
  w.set("Steps", image.steps);
  if (typeof image.sampler === "string") w.set("Sampler", a1111SamplerName(image.sampler));
  w.set("CFG scale", image.cfg_scale);
  w.set("Seed", image.seed);
  w.setSize(image.width, image.height);
  if (typeof data.model_weights === "string") w.set("Model", modelName(data.model_weights));
  w.set("Denoising strength", image.strength);
  w.keepOthers(data, ["image", "model_weights"]);
  w.keepOthers(image, IMAGE_USED);
  return { source: "invokeai", ...splitNegative(promptText(image.prompt)), params: w.params };
}

/**
 * InvokeAI's first metadata, "Dream": the dream command line that made the image.
 * @example readDreamCommand('"a cat [blurry]" -s 50 -S 42 -W 512 -H 512 -C 7.5 -A k_lms').params.Sampler // "LMS"
 */
export function readDreamCommand(command: string): GenerationData {
  const { prompt, rest } = splitDreamPrompt(command.trim());
  const tokens = rest.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
  const w = new ParamWriter();
  const isSwitch = (t: string | undefined) => t !== undefined && /^--?[A-Za-z_]/.test(t);
  for (let i = 0; i < tokens.length; i++) {
    if (!isSwitch(tokens[i])) continue;
    const [flag, inline] = tokens[i].split(/=(.*)/s);
    const value = inline ?? (isSwitch(tokens[i + 1]) || tokens[i + 1] === undefined ? "True" : unquote(tokens[++i]));
    const key = Object.hasOwn(DREAM_SWITCHES, flag) ? DREAM_SWITCHES[flag] : flag.replace(/^-+/, "");
    w.set(key, key === "Sampler" ? a1111SamplerName(value) : value);
  }
  return { source: "invokeai", ...splitNegative(prompt), params: w.params };
}

function splitDreamPrompt(command: string): { prompt: string; rest: string } {
  if (command.startsWith('"')) {
    const end = /^"((?:[^"\\]|\\.)*)"/s.exec(command);
    if (end) return { prompt: unquote(end[0]), rest: command.slice(end[0].length) };
  }
  const at = command.search(/\s-{1,2}[A-Za-z_]/);
  return at < 0 ? { prompt: command, rest: "" } : { prompt: command.slice(0, at), rest: command.slice(at) };
}

function unquote(token: string): string {
  return token.length >= 2 && token.startsWith('"') && token.endsWith('"') ? token.slice(1, -1).replace(/\\(.)/gs, "$1") : token;
}

// One prompt, or weighted prompts written "text:weight" joined by spaces, as InvokeAI 2's web UI shows them.
function promptText(prompt: unknown): string {
  if (typeof prompt === "string") return prompt;
  const parts = Array.isArray(prompt) ? prompt.filter(isPlainObject).filter((p) => typeof p.prompt === "string") : [];
  if (parts.length === 1) return parts[0].prompt as string;
  return parts.map((p) => `${p.prompt}:${p.weight ?? 1}`).join(" ");
}

/**
 * InvokeAI 2's prompt syntax: every "[…]" holds negative text; they are joined with ", " and lifted out.
 * @example splitNegative("a cat [blurry] [lowres]") // { prompt: "a cat", negative: "blurry, lowres" }
 */
export function splitNegative(text: string): { prompt: string; negative: string } {
  const negatives: string[] = [];
  const prompt = text.replace(/\[([^[\]]*)\]/g, (_, inner: string) => {
    const part = inner.trim().replace(/^,+|,+$/g, "").trim();
    if (part) negatives.push(part);
    return "";
  });
  return { prompt: prompt.replace(/ {2,}/g, " ").trim(), negative: negatives.join(", ") };
}
