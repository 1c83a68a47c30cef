import { AppError } from "../errors";
import type { GenerationData } from "./generation-data";
import { isPlainObject } from "./json-entry";
import { modelName, ParamWriter } from "./param-writer";
import { invokeAiSamplerName } from "./sampler-names";

type Node = Record<string, unknown> & { id?: unknown; type?: unknown };
type Edge = { source: { node_id: string; field: string }; destination: { node_id: string; field: string } };

const MAX_DEPTH = 32;
// Denoise nodes of SD 1/2/XL, FLUX and SD3, with the field names each uses.
const DENOISE_TYPES = ["denoise_latents", "flux_denoise", "sd3_denoise", "cogview4_denoise"];
const notAGraph = () => new AppError("invalid_input", "The InvokeAI graph has no denoise node to read.", "InvokeAI 节点图里没有可读的去噪节点。");

/**
 * InvokeAI's node graph ({ nodes: { id: node }, edges: [{ source, destination }] }), read when it is the only
 * metadata: steps, CFG, scheduler and seed of the denoise node (or its noise node), the prompts of the text
 * encoders wired to its positive and negative conditioning (through string and collect nodes), and the model.
 */
export function readInvokeAiGraph(graph: Record<string, unknown>): GenerationData {
  const nodes = isPlainObject(graph.nodes) ? (graph.nodes as Record<string, Node>) : {};
  const edges = (Array.isArray(graph.edges) ? graph.edges : []).filter(isEdge);
  const denoise = Object.values(nodes).find((n) => isPlainObject(n) && DENOISE_TYPES.includes(String(n.type)));
  if (!denoise) throw notAGraph();
  const incoming = new Map<unknown, Edge[]>();
  for (const e of edges) {
    const list = incoming.get(e.destination.node_id);
    if (list) list.push(e);
    else incoming.set(e.destination.node_id, [e]);
  }
  const nodeAt = (id: string) => (Object.hasOwn(nodes, id) && isPlainObject(nodes[id]) ? nodes[id] : undefined);
  const into = (node: Node, field: string) => {
    const edge = (incoming.get(node.id) ?? []).find((e) => e.destination.field === field);
    return edge ? nodeAt(edge.source.node_id) : undefined;
  };
  // Depth-first, each node once, so a hostile graph costs linear time.
  const textOf = (node: Node | undefined, seen: Set<Node>, depth = 0): string => {
    if (!node || seen.has(node) || depth > MAX_DEPTH) return "";
    seen.add(node);
    for (const field of ["prompt", "value", "string"]) {
      const wired = into(node, field);
      if (wired) return textOf(wired, seen, depth + 1);
      if (typeof node[field] === "string") return node[field] as string;
    }
    for (const e of incoming.get(node.id) ?? []) {
      const text = textOf(nodeAt(e.source.node_id), seen, depth + 1);
      if (text) return text;
    }
    return "";
  };
  const noise = into(denoise, "noise") ?? {};
  const w = new ParamWriter();
  w.set("Steps", denoise.steps ?? denoise.num_steps);
  if (typeof denoise.scheduler === "string") w.set("Sampler", invokeAiSamplerName(denoise.scheduler));
  w.set("CFG scale", denoise.cfg_scale);
  w.set("Distilled CFG Scale", denoise.guidance);
  w.set("Seed", denoise.seed ?? noise.seed);
  w.setSize(denoise.width ?? noise.width, denoise.height ?? noise.height);
  const loader = Object.values(nodes).find((n) => isPlainObject(n) && /model_loader$/.test(String(n.type)) && isPlainObject(n.model));
  const model = loader ? (loader.model as Record<string, unknown>) : {};
  const name = model.name ?? model.model_name;
  if (typeof name === "string") w.set("Model", modelName(name));
  const positive = into(denoise, "positive_conditioning") ?? into(denoise, "positive_text_conditioning");
  const negative = into(denoise, "negative_conditioning") ?? into(denoise, "negative_text_conditioning");
  return { source: "invokeai", prompt: textOf(positive, new Set()), negative: textOf(negative, new Set()), params: w.params };
}

function isEdge(value: unknown): value is Edge {
  if (!isPlainObject(value) || !isPlainObject(value.source) || !isPlainObject(value.destination)) return false;
  return typeof value.source.node_id === "string" && typeof value.destination.node_id === "string" &&
    typeof value.source.field === "string" && typeof value.destination.field === "string";
}
