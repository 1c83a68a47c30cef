import { AppError } from "../errors";
import type { GenerationData } from "./generation-data";
import type { GenerationReader, MetadataEntries } from "./generation-reader";
import type { InfotextParams } from "./parse-infotext";
import { a1111SamplerName } from "./sampler-names";

type ApiNode = { class_type?: string; inputs?: Record<string, unknown> };
type Graph = Record<string, ApiNode>;
type Link = [string, number];

const MAX_DEPTH = 32;
const notAWorkflow = () => new AppError("invalid_input", "This JSON is not a ComfyUI workflow with a sampler.", "这段 JSON 不是含采样器的 ComfyUI 工作流。");

/**
 * Finds the positive and negative prompt texts of a ComfyUI graph by following the sampler's `positive` and
 * `negative` inputs back to their CLIPTextEncode nodes (through combine, area, ControlNet and primitive nodes).
 * Accepts the API format (PNG "prompt" chunk) or the UI format (PNG "workflow" chunk).
 */
export function readComfyWorkflow(json: unknown): GenerationData {
  const graph = isUiWorkflow(json) ? uiToGraph(json) : json;
  if (!graph || typeof graph !== "object" || Array.isArray(graph)) throw notAWorkflow();
  const nodes = graph as Graph;
  const sampler = Object.values(nodes).find((n) => /sampler/i.test(n?.class_type ?? "") && isLink(n.inputs?.positive));
  if (!sampler?.inputs) throw notAWorkflow();
  const inputs = sampler.inputs;
  const prompt = textOf(nodes, inputs.positive, 0);
  const negative = isLink(inputs.negative) ? textOf(nodes, inputs.negative, 0) : "";
  const params: InfotextParams = {};
  if (typeof inputs.steps === "number") params.Steps = String(inputs.steps);
  if (typeof inputs.sampler_name === "string") params.Sampler = a1111SamplerName(inputs.sampler_name, typeof inputs.scheduler === "string" ? inputs.scheduler : undefined);
  if (typeof inputs.cfg === "number") params["CFG scale"] = String(inputs.cfg);
  const seed = inputs.seed ?? inputs.noise_seed;
  if (typeof seed === "number") params.Seed = String(seed);
  const latent = isLink(inputs.latent_image) ? nodes[inputs.latent_image[0]]?.inputs : undefined;
  if (typeof latent?.width === "number" && typeof latent?.height === "number") {
    params["Size-1"] = String(latent.width);
    params["Size-2"] = String(latent.height);
  }
  const model = findModel(nodes, inputs.model, 0);
  if (model) params.Model = model.replace(/\.(safetensors|ckpt|pt)$/i, "");
  if (typeof inputs.denoise === "number" && inputs.denoise !== 1) params["Denoising strength"] = String(inputs.denoise);
  return { source: "comfyui", prompt, negative, params };
}

/** ComfyUI: a "prompt" (API graph) or "workflow" (UI graph) entry holding a JSON object; "prompt" is tried first. */
export const comfyUiReader: GenerationReader = {
  source: "comfyui",
  claims: (entries) => ["prompt", "workflow"].some((key) => Object.hasOwn(entries, key) && entries[key].trimStart().startsWith("{")),
  read: readComfyEntries,
};

function readComfyEntries(entries: MetadataEntries): GenerationData {
  const hasWorkflow = Object.hasOwn(entries, "workflow");
  for (const key of ["prompt", "workflow"]) {
    if (!Object.hasOwn(entries, key)) continue;
    try {
      return readComfyWorkflow(JSON.parse(entries[key]));
    } catch (error) {
      if (key === "workflow" || !hasWorkflow) throw error instanceof AppError ? error : new AppError("invalid_input", "The ComfyUI data is not valid JSON.", "ComfyUI 数据不是有效的 JSON。");
    }
  }
  throw notAWorkflow();
}

function isLink(value: unknown): value is Link {
  return Array.isArray(value) && value.length === 2 && (typeof value[0] === "string" || typeof value[0] === "number") && typeof value[1] === "number";
}

function textOf(nodes: Graph, link: unknown, depth: number): string {
  if (typeof link === "string") return link;
  if (!isLink(link) || depth > MAX_DEPTH) return "";
  const node = nodes[String(link[0])];
  const inputs = node?.inputs ?? {};
  for (const key of ["text", "text_g", "value", "string", "prompt", "populated_text", "wildcard_text"]) {
    const value = inputs[key];
    if (typeof value === "string") return value;
    if (isLink(value)) return textOf(nodes, value, depth + 1);
  }
  const parts = Object.entries(inputs)
    .filter(([key, value]) => isLink(value) && /conditioning|positive|negative|clip_l|conditioning_\d/i.test(key))
    .map(([, value]) => textOf(nodes, value, depth + 1))
    .filter(Boolean);
  return parts.join(", ");
}

function findModel(nodes: Graph, link: unknown, depth: number): string | null {
  if (!isLink(link) || depth > MAX_DEPTH) return null;
  const inputs = nodes[String(link[0])]?.inputs ?? {};
  if (typeof inputs.ckpt_name === "string") return inputs.ckpt_name;
  if (typeof inputs.unet_name === "string") return inputs.unet_name;
  return findModel(nodes, inputs.model, depth + 1);
}

type UiNode = { id: number | string; type?: string; inputs?: Array<{ name: string; link: number | null }>; widgets_values?: unknown[] };
type UiWorkflow = { nodes: UiNode[]; links: Array<[number, number | string, number, number | string, number, string]> };

function isUiWorkflow(json: unknown): json is UiWorkflow {
  return !!json && typeof json === "object" && Array.isArray((json as UiWorkflow).nodes) && Array.isArray((json as UiWorkflow).links);
}

// The UI format keeps widget values positionally; map the common nodes' widgets to the API format's input names.
const WIDGETS: Record<string, string[]> = {
  KSampler: ["seed", "control_after_generate", "steps", "cfg", "sampler_name", "scheduler", "denoise"],
  KSamplerAdvanced: ["add_noise", "noise_seed", "control_after_generate", "steps", "cfg", "sampler_name", "scheduler", "start_at_step", "end_at_step", "return_with_leftover_noise"],
  CLIPTextEncode: ["text"],
  EmptyLatentImage: ["width", "height", "batch_size"],
  CheckpointLoaderSimple: ["ckpt_name"],
  PrimitiveNode: ["value"],
};

function uiToGraph(workflow: UiWorkflow): Graph {
  const linkSource = new Map(workflow.links.filter(Array.isArray).map((l) => [l[0], [String(l[1]), l[2]] as Link]));
  const graph: Graph = {};
  for (const node of workflow.nodes) {
    if (!node || node.id === undefined) continue;
    const inputs: Record<string, unknown> = {};
    (WIDGETS[node.type ?? ""] ?? []).forEach((name, i) => (inputs[name] = node.widgets_values?.[i]));
    for (const input of node.inputs ?? []) if (input?.link != null && linkSource.has(input.link)) inputs[input.name] = linkSource.get(input.link);
    graph[String(node.id)] = { class_type: node.type, inputs };
  }
  return graph;
}
