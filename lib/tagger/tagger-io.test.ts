import { describe, expect, it } from "vitest";
import type { TensorInfo } from "../models/model-layout";
import { checkTaggerIo } from "./tagger-io";

const tensor = (name: string, shape: Array<number | string>, type = "float32"): TensorInfo => ({ name, isTensor: true, type, shape });
const out = (n: number | string = 5) => [tensor("output", ["batch_size", n])];

describe("checkTaggerIo", () => {
  it("reads layout, size and names from what the model declares", () => {
    expect(checkTaggerIo([tensor("input", ["batch_size", 448, 448, 3])], out(), 5)).toEqual({ io: { input: "input", output: "output", layout: "nhwc", size: 448, outputs: 5 }, problems: [] });
    expect(checkTaggerIo([tensor("input_1:0", [1, 3, 384, 384])], [tensor("predictions_sigmoid", [1, 5])], 5).io).toEqual({ input: "input_1:0", output: "predictions_sigmoid", layout: "nchw", size: 384, outputs: 5 });
    expect(checkTaggerIo([tensor("input", ["b", "h", "w", 3])], out("n"), 5).io).toMatchObject({ layout: "nhwc", size: 448, outputs: null });
  });

  it("lists every problem in English and Chinese", () => {
    expect(checkTaggerIo([tensor("input", ["b", 448, 448, 3], "float16")], out(7), 5).problems).toEqual([
      { en: 'model.onnx input "input" is float16, expected float32', zh: 'model.onnx 的输入 "input" 类型为 float16，应为 float32' },
      { en: "model.onnx scores 7 tags but selected_tags.csv lists 5 (files of different taggers?)", zh: "model.onnx 输出 7 个标签分数，而 selected_tags.csv 列出 5 个（混用了不同打标模型的文件？）" },
    ]);
    expect(checkTaggerIo([tensor("x", ["b", 448, 448])], out(), 5).problems.map((p) => p.en)).toEqual(['model.onnx input "x" has shape [b, 448, 448], expected [batch, H, W, 3] or [batch, 3, H, W]']);
    expect(checkTaggerIo([tensor("x", [1, 448, 320, 3])], out(), 5).problems.map((p) => p.en)).toEqual(["model.onnx reads 320×448 images; only square inputs are supported"]);
    expect(checkTaggerIo([tensor("a", [1, 8, 8, 3]), tensor("b", [1])], out(), 5).problems.map((p) => p.en)).toEqual(["model.onnx must take one image input, it takes 2"]);
    expect(checkTaggerIo([tensor("a", [1, 8, 8, 3])], [], 5)).toEqual({ io: null, problems: [{ en: "model.onnx has no output", zh: "model.onnx 没有输出" }] });
  });
});
