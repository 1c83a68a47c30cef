import { describe, expect, it } from "vitest";
import { planConditioning, scheduleIndexAt } from "./conditioning-plan";
import { StepContexts } from "./step-context";
import type { Conditioning } from "./text-conditioning";

// A conditioning of `chunks` 77-token chunks, hidden 1, every value `v` (the last token `last` when given).
const cond = (chunks: number, v: number, last = v): Conditioning => {
  const data = new Float32Array(chunks * 77).fill(v);
  data[data.length - 1] = last;
  return { data, tokens: chunks * 77, hidden: 1 };
};

describe("planConditioning", () => {
  it("splits AND parts with weights, schedules each, and lists every text once", () => {
    const plan = planConditioning("a [cat:dog:2] AND sky:0.5", "[ugly|bad]", 4);
    expect(plan.parts).toEqual([
      { weight: 1, schedule: [[2, "a cat"], [4, "a dog"]] }, // A1111's AND split drops the space before AND
      { weight: 0.5, schedule: [[4, " sky"]] },
    ]);
    expect(plan.negative).toEqual([[1, "ugly"], [2, "bad"], [3, "ugly"], [4, "bad"]]);
    expect(plan.texts).toEqual(["a cat", "a dog", " sky", "ugly", "bad"]);
    expect(plan.warnings).toEqual([]);
  });

  it("strips extra networks with a warning", () => {
    const plan = planConditioning("a cat, <lora:film:0.8>", "<hypernet:x:1>", 20);
    expect(plan.texts).toEqual(["a cat,", ""]);
    expect(plan.warnings.map((w) => w.message)).toEqual([
      "Extra networks are not applied by the built-in renderer and were left out: <lora:film:0.8>",
      "Extra networks are not applied by the built-in renderer and were left out: <hypernet:x:1>",
    ]);
  });

  it("switches at A1111's steps: entry i while step <= its end step (0-based sampler steps)", () => {
    const schedule: Array<[number, string]> = [[3, "a "], [10, "a b"]];
    expect([0, 3, 4, 9, 10, 11].map((s) => scheduleIndexAt(schedule, s))).toEqual([0, 0, 1, 1, 1, 1]);
  });
});

describe("StepContexts", () => {
  it("batches parts per image then the negatives, padding parts by their last token and the negative by empty chunks", () => {
    const plan = planConditioning("a AND b:0.5", "n", 10);
    const encoded = new Map([["a", cond(2, 1)], [" b", cond(1, 2, 7)], ["n", cond(1, 3)]]);
    const contexts = new StepContexts(plan, encoded, cond(1, 9), 2, true);
    const c = contexts.at(0);
    expect([c.batch, c.tokens, c.parts, c.withUncond]).toEqual([6, 154, 2, true]);
    const row = (r: number) => Array.from(c.data.subarray(r * 154, (r + 1) * 154));
    expect(row(0)).toEqual(Array(154).fill(1)); // image 0, part "a" (two chunks)
    expect(row(1)).toEqual([...Array(76).fill(2), ...Array(78).fill(7)]); // part " b": its last token repeated
    expect(row(2)).toEqual(row(0)); // image 1
    expect(row(4)).toEqual([...Array(77).fill(3), ...Array(77).fill(9)]); // negative + the empty chunk
    expect(contexts.at(5)).toBe(c); // reused while the schedule does not switch
  });

  it("changes the context when prompt editing switches, and leaves the negative out without CFG", () => {
    const plan = planConditioning("[x:y:2]", "", 4);
    const encoded = new Map([["", cond(1, 0)], ["x", cond(1, 1)], ["y", cond(1, 2)]]);
    const contexts = new StepContexts(plan, encoded, cond(1, 0), 1, false);
    expect([0, 1, 2, 3].map((s) => contexts.at(s).data[0])).toEqual([1, 1, 1, 2]);
    expect(contexts.at(0).batch).toBe(1);
  });
});
