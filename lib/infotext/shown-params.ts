import type { GenerationData } from "./generation-data";

/**
 * The parameters to show for read generation data: what the file itself says (A1111's own line as written, or another
 * tool's settings), never A1111's filled-in defaults; sizes as "W×H".
 * @example shownParams({ source: "comfyui", prompt: "", negative: "", params: { Steps: 20, "Size-1": 512, "Size-2": 768 } }) // [["Steps", "20"], ["Size", "512×768"]]
 */
export function shownParams(data: GenerationData): Array<[string, string]> {
  if (data.written?.length) return data.written.map(([k, v]) => [k, /^\d+x\d+$/.test(v) ? v.replace("x", "×") : v]);
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(data.params)) {
    if (key === "Prompt" || key === "Negative prompt" || key.endsWith("-2")) continue;
    if (key.endsWith("-1") && `${key.slice(0, -2)}-2` in data.params) out.push([key.slice(0, -2), `${value}×${data.params[`${key.slice(0, -2)}-2`]}`]);
    else out.push([key, String(value)]);
  }
  return out;
}
