import { describe, expect, it } from "vitest";
import { readDreamCommand, splitNegative } from "./invokeai-legacy";

describe("readDreamCommand", () => {
  const cases = [
    {
      command: '"a cat [blurry]" -s 50 -S 42 -W 512 -H 512 -C 7.5 -A k_lms',
      prompt: "a cat", negative: "blurry",
      params: { Steps: "50", Seed: "42", "Size-1": "512", "Size-2": "512", "CFG scale": "7.5", Sampler: "LMS" },
    },
    {
      command: "a plain prompt, unquoted --steps=20 --seed 7 -I \"in it.png\" -v 0.1 -V 1:0.2 -x",
      prompt: "a plain prompt, unquoted", negative: "",
      params: { Steps: "20", Seed: "7", init_img: "in it.png", variation_amount: "0.1", with_variations: "1:0.2", skip_normalize: "True" },
    },
    { command: '"only a prompt"', prompt: "only a prompt", negative: "", params: {} },
    { command: '"unterminated -s 5', prompt: '"unterminated', negative: "", params: { Steps: "5" } },
    { command: '"x" -Z -5 --', prompt: "x", negative: "", params: { Z: "-5" } },
  ];
  for (const { command, ...expected } of cases) {
    it(command, () => expect(readDreamCommand(command)).toEqual({ source: "invokeai", ...expected }));
  }
});

describe("splitNegative", () => {
  const cases: Array<[string, { prompt: string; negative: string }]> = [
    ["a cat [blurry] [lowres]", { prompt: "a cat", negative: "blurry, lowres" }],
    ["[, bad hands,] a dog", { prompt: "a dog", negative: "bad hands" }],
    ["no negatives", { prompt: "no negatives", negative: "" }],
    ["nested [a [b] c]", { prompt: "nested [a c]", negative: "b" }],
    ["multi\nline [x]", { prompt: "multi\nline", negative: "x" }],
  ];
  for (const [text, expected] of cases) it(text, () => expect(splitNegative(text)).toEqual(expected));
});
