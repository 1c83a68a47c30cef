import { describe, expect, it } from "vitest";
import { parseInfotext } from "../infotext/parse-infotext";
import type { GridBase } from "./grid-spec";
import { gridInfotext } from "./grid-infotext";

const base: GridBase = { prompt: "1girl, smile", negative: "lowres", sampler: "Euler a", steps: 20, cfgScale: 7, seed: 1, width: 64, height: 64, noiseSource: "nv", model: null };
const first = "1girl\nNegative prompt: lowres\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Size: 64x64";

describe("the grid's infotext", () => {
  it("is the first cell's with A1111's X/Y/Z plot entries added", () => {
    const text = gridInfotext(first, { base, x: { kind: "weight", target: { field: "prompt", tag: 1 }, values: [0, 0.7, 1] }, y: { kind: "sampler", values: ["Euler", "DDIM"] } });
    expect(text).toBe(`${first}, Script: X/Y/Z plot, X Type: Tag weight, X Tag: smile, X Values: "0, 0.7, 1", Y Type: Sampler, Y Values: "Euler, DDIM"`);
    expect(parseInfotext(text)).toMatchObject({ Prompt: "1girl", "Negative prompt": "lowres", Steps: "20", Script: "X/Y/Z plot", "X Type": "Tag weight", "X Tag": "smile", "X Values": "0, 0.7, 1", "Y Type": "Sampler" });
  });

  it("names with/without, CFG and steps axes as A1111 does", () => {
    expect(gridInfotext(first, { base, x: { kind: "toggle", target: { field: "prompt", tag: 0 } }, y: { kind: "cfg", values: [5, 9] } }))
      .toContain('Script: X/Y/Z plot, X Type: Tag on/off, X Tag: 1girl, X Values: "with, without", Y Type: CFG Scale, Y Values: "5, 9"');
    expect(gridInfotext(first, { base, x: { kind: "steps", values: [10] }, y: null })).toMatch(/Script: X\/Y\/Z plot, X Type: Steps, X Values: 10$/);
  });
});
