import { describe, expect, it } from "vitest";
import type { GridBase, GridSpec } from "./grid-spec";
import { planGrid } from "./plan-grid";

const base: GridBase = { prompt: "1girl, smile, blue eyes", negative: "lowres, blurry", sampler: "Euler a", steps: 20, cfgScale: 7, seed: 42,
  width: 512, height: 512, noiseSource: "nv", model: null };
const smile = { field: "prompt", tag: 1 } as const;

describe("planning a grid", () => {
  it("renders the tag at each weight with the same seed, labelled in the UI language", () => {
    const plan = planGrid({ base, x: { kind: "weight", target: smile, values: [0, 0.7, 1, 1.3, 1.6] }, y: null }, "en");
    expect(plan.cells.map((c) => c.request.prompt)).toEqual([
      "1girl, blue eyes", "1girl, (smile:0.7), blue eyes", "1girl, smile, blue eyes", "1girl, (smile:1.3), blue eyes", "1girl, (smile:1.6), blue eyes",
    ]);
    expect(new Set(plan.cells.map((c) => c.request.seed))).toEqual(new Set([42]));
    expect(plan.cells.every((c) => c.request.batchCount === 1 && c.request.batchSize === 1 && c.request.negative === "lowres, blurry")).toBe(true);
    expect(plan).toMatchObject({ columns: 5, rows: 1, xTitle: 'weight of "smile"', yTitle: null, xLabels: ["0 · removed", "0.7", "1.0", "1.3", "1.6"], yLabels: [] });
    expect(planGrid({ base, x: { kind: "weight", target: smile, values: [0, 1] }, y: null }, "zh")).toMatchObject({ xTitle: "「smile」的权重", xLabels: ["0 · 去掉", "1.0"] });
  });

  it("crosses a tag with a render setting, row by row", () => {
    const plan = planGrid({ base, x: { kind: "toggle", target: smile }, y: { kind: "cfg", values: [5, 9] } }, "en");
    expect(plan.cells.map((c) => [c.column, c.row, c.request.prompt, c.request.cfgScale])).toEqual([
      [0, 0, "1girl, smile, blue eyes", 5], [1, 0, "1girl, blue eyes", 5],
      [0, 1, "1girl, smile, blue eyes", 9], [1, 1, "1girl, blue eyes", 9],
    ]);
    expect(plan).toMatchObject({ xLabels: ["with smile", "without smile"], yLabels: ["CFG 5", "CFG 9"], yTitle: "CFG" });
  });

  it("crosses two tags, in the prompt and the negative", () => {
    const spec: GridSpec = { base, x: { kind: "weight", target: smile, values: [0, 1.3] }, y: { kind: "weight", target: { field: "negative", tag: 1 }, values: [0, 1] } };
    expect(planGrid(spec, "en").cells.map((c) => [c.request.prompt, c.request.negative])).toEqual([
      ["1girl, blue eyes", "lowres"], ["1girl, (smile:1.3), blue eyes", "lowres"],
      ["1girl, blue eyes", "lowres, blurry"], ["1girl, (smile:1.3), blue eyes", "lowres, blurry"],
    ]);
    const two = planGrid({ base, x: { kind: "weight", target: smile, values: [0] }, y: { kind: "weight", target: { field: "prompt", tag: 2 }, values: [0] } }, "en");
    expect(two.cells[0].request.prompt).toBe("1girl");
  });

  it("sets sampler and steps per cell", () => {
    const plan = planGrid({ base, x: { kind: "sampler", values: ["Euler", "DDIM"] }, y: { kind: "steps", values: [10, 30] } }, "zh");
    expect(plan.cells.map((c) => `${c.request.sampler}/${c.request.steps}`)).toEqual(["Euler/10", "DDIM/10", "Euler/30", "DDIM/30"]);
    expect(plan.yLabels).toEqual(["10 步", "30 步"]);
  });

  it("leaves switched-off tags out, except the one being compared", () => {
    const plan = planGrid({ base: { ...base, disabled: ["smile", "blue eyes"] }, x: { kind: "toggle", target: smile }, y: null }, "en");
    expect(plan.cells.map((c) => c.request.prompt)).toEqual(["1girl, smile", "1girl"]);
  });

  it("refuses grids it cannot make", () => {
    const bad: Array<[GridSpec, RegExp]> = [
      [{ base: { ...base, seed: -1 }, x: { kind: "cfg", values: [5] }, y: null }, /fixed seed/],
      [{ base, x: { kind: "cfg", values: [5] }, y: { kind: "cfg", values: [7] } }, /same setting/],
      [{ base, x: { kind: "weight", target: smile, values: [0] }, y: { kind: "toggle", target: { field: "prompt", start: 7, end: 12 } } }, /same words/],
      [{ base, x: { kind: "weight", target: { field: "prompt", tag: 9 }, values: [0] }, y: null }, /no longer in the prompt/],
      [{ base, x: { kind: "cfg", values: Array.from({ length: 9 }, (_, i) => i) }, y: { kind: "steps", values: Array.from({ length: 8 }, (_, i) => i + 1) } }, /at most 64/],
      [{ base, x: { kind: "cfg", values: [] }, y: null }, /at least one value/],
    ];
    for (const [spec, message] of bad) expect(() => planGrid(spec, "en")).toThrow(message);
  });
});
