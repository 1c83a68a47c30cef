import fs from "node:fs";
import path from "node:path";
import { OnnxGraph } from "../../render/backends/onnx/tiny-model/onnx-graph";
import type { PixelLayout } from "../tagger-io";

/**
 * The tiny tagger's tags: Danbooru name, category (9 rating, 0 general, 4 character) and the logit as weights on the
 * image's mean blue, green and red (0–1) plus a bias. A red image therefore scores red_background high and
 * blue_background low only when the channels arrive in BGR order, as WD taggers expect.
 */
export const TINY_TAGGER_TAGS: ReadonlyArray<{ name: string; category: number; weights: [number, number, number]; bias: number }> = [
  { name: "general", category: 9, weights: [0, 0, 0], bias: 2 },
  { name: "sensitive", category: 9, weights: [0, 0, 0], bias: -1 },
  { name: "questionable", category: 9, weights: [0, 0, 0], bias: -3 },
  { name: "explicit", category: 9, weights: [0, 0, 0], bias: -4 },
  { name: "1girl", category: 0, weights: [0, 0, 0], bias: 1.5 },
  { name: "solo", category: 0, weights: [0, 0, 0], bias: 0 },
  { name: "red_background", category: 0, weights: [-4, -4, 4], bias: 0 },
  { name: "green_background", category: 0, weights: [-4, 4, -4], bias: 0 },
  { name: "blue_background", category: 0, weights: [4, -4, -4], bias: 0 },
  { name: "white_background", category: 0, weights: [3, 3, 3], bias: -6 },
  { name: "^_^", category: 0, weights: [0, 0, 0], bias: -0.4 },
  { name: "looking_at_viewer", category: 0, weights: [0, 0, 0], bias: -0.8 },
  { name: "nipples", category: 0, weights: [0, 0, 0], bias: 0.4 },
  { name: "hatsune_miku", category: 4, weights: [-3, 6, -3], bias: 0 },
  { name: "saber_(fate)", category: 4, weights: [0, 0, 0], bias: 1 },
];

/** What to vary in the tiny tagger; the defaults mimic SmilingWolf's v3 exports. */
export interface TinyTaggerOptions {
  /** Input side (448 in the real taggers); "free" leaves height and width symbolic. */
  size?: number | "free";
  layout?: PixelLayout;
  /** v3 exports call them input/output; v2 ones input_1:0/predictions_sigmoid. */
  inputName?: string;
  outputName?: string;
}

/**
 * Writes a tiny WD-style tagger (model.onnx + selected_tags.csv) whose scores are a fixed function of the image's mean
 * colour (see {@link TINY_TAGGER_TAGS}); returns the files written.
 * @example writeTinyTagger("models/tiny-tagger") // ["model.onnx", "selected_tags.csv"]
 */
export function writeTinyTagger(folder: string, options: TinyTaggerOptions = {}): string[] {
  const layout = options.layout ?? "nhwc";
  const side = options.size ?? 448;
  const [h, w] = side === "free" ? ["height", "width"] : [side, side];
  const g = new OnnxGraph("tiny-tagger", 1);
  const input = g.input(options.inputName ?? "input", "float32", layout === "nhwc" ? ["batch_size", h, w, 3] : ["batch_size", 3, h, w]);
  const mean = g.node("ReduceMean", [input], { axes: layout === "nhwc" ? [1, 2] : [2, 3], keepdims: 0 });
  const unit = g.node("Mul", [mean, g.constant([1], [1 / 255])]);
  const n = TINY_TAGGER_TAGS.length;
  const weights = new Float32Array(3 * n);
  TINY_TAGGER_TAGS.forEach((t, j) => t.weights.forEach((v, c) => (weights[c * n + j] = v)));
  const logits = g.node("Add", [g.node("MatMul", [unit, g.constant([3, n], weights)]), g.constant([n], TINY_TAGGER_TAGS.map((t) => t.bias))]);
  const outputName = options.outputName ?? "output";
  g.node("Sigmoid", [logits], {}, outputName);
  g.output(outputName, "float32", ["batch_size", n]);
  const csv = ["tag_id,name,category,count", ...TINY_TAGGER_TAGS.map((t, i) => `${1000 + i},${t.name},${t.category},${100 - i}`)].join("\n") + "\n";
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "model.onnx"), g.toBytes());
  fs.writeFileSync(path.join(folder, "selected_tags.csv"), csv);
  return ["model.onnx", "selected_tags.csv"];
}
