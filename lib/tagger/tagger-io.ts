import type { Problem, TensorInfo } from "../models/model-layout";

/** Where the colour channels sit in the input: after the pixels (TensorFlow exports, WD taggers) or before them. */
export type PixelLayout = "nhwc" | "nchw";

/** What the tagger reads and writes, as its session declares it. */
export interface TaggerIo {
  input: string;
  output: string;
  layout: PixelLayout;
  /** The square side the image is resized to. */
  size: number;
  /** The output's length when the model fixes it. */
  outputs: number | null;
}

/** The side used when the model leaves height and width free (SmilingWolf's taggers all take 448). */
export const DEFAULT_TAGGER_SIZE = 448;

/**
 * Reads the tagger's input name, layout ([batch, H, W, 3] or [batch, 3, H, W]) and size, and its output, from the
 * session metadata; returns every problem (wrong rank or type, no colour axis, non-square input, a label count that
 * does not match the output) in English and Chinese.
 * @example checkTaggerIo([{ name: "input", isTensor: true, type: "float32", shape: ["batch_size", 448, 448, 3] }],
 *   [{ name: "output", isTensor: true, type: "float32", shape: ["batch_size", 2] }], 2).io
 * // { input: "input", output: "output", layout: "nhwc", size: 448, outputs: 2 }
 */
export function checkTaggerIo(inputs: readonly TensorInfo[], outputs: readonly TensorInfo[], labels: number): { io: TaggerIo | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const input = inputs[0];
  const output = outputs[0];
  if (inputs.length !== 1 || !input) problems.push({ en: `model.onnx must take one image input, it takes ${inputs.length}`, zh: `model.onnx 应只有一个图像输入，实际有 ${inputs.length} 个` });
  if (!output) problems.push({ en: "model.onnx has no output", zh: "model.onnx 没有输出" });
  if (!input || !output) return { io: null, problems };
  const shape = input.shape ?? [];
  if (input.type !== "float32") problems.push({ en: `model.onnx input "${input.name}" is ${input.type ?? "unknown"}, expected float32`, zh: `model.onnx 的输入 "${input.name}" 类型为 ${input.type ?? "未知"}，应为 float32` });
  const layout: PixelLayout | null = shape.length !== 4 ? null : shape[3] === 3 ? "nhwc" : shape[1] === 3 ? "nchw" : null;
  if (!layout) problems.push({ en: `model.onnx input "${input.name}" has shape [${shape.join(", ")}], expected [batch, H, W, 3] or [batch, 3, H, W]`, zh: `model.onnx 的输入 "${input.name}" 形状为 [${shape.join(", ")}]，应为 [batch, H, W, 3] 或 [batch, 3, H, W]` });
  const [h, w] = layout === "nchw" ? [shape[2], shape[3]] : [shape[1], shape[2]];
  const fixed = [h, w].filter((d): d is number => typeof d === "number");
  if (fixed.length === 2 && h !== w) problems.push({ en: `model.onnx reads ${w}×${h} images; only square inputs are supported`, zh: `model.onnx 读取 ${w}×${h} 的图像；只支持正方形输入` });
  const size = fixed[0] ?? DEFAULT_TAGGER_SIZE;
  const outShape = output.shape ?? [];
  const count = typeof outShape[outShape.length - 1] === "number" ? (outShape[outShape.length - 1] as number) : null;
  if (output.type !== "float32" || outShape.length !== 2) {
    problems.push({ en: `model.onnx output "${output.name}" is ${output.type ?? "unknown"} [${outShape.join(", ")}], expected float32 [batch, tags]`, zh: `model.onnx 的输出 "${output.name}" 为 ${output.type ?? "未知"} [${outShape.join(", ")}]，应为 float32 [batch, 标签数]` });
  } else if (count !== null && count !== labels) {
    problems.push({ en: `model.onnx scores ${count} tags but selected_tags.csv lists ${labels} (files of different taggers?)`, zh: `model.onnx 输出 ${count} 个标签分数，而 selected_tags.csv 列出 ${labels} 个（混用了不同打标模型的文件？）` });
  }
  if (problems.length > 0 || !layout) return { io: null, problems };
  return { io: { input: input.name, output: output.name, layout, size, outputs: count }, problems };
}
