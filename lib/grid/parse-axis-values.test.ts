import { describe, expect, it } from "vitest";
import { parseNumberValues, parseSamplerValues } from "./parse-axis-values";

describe("axis values as typed", () => {
  const cases: Array<{ text: string; values: number[]; bad?: string[] }> = [
    { text: "0, 0.7, 1, 1.3, 1.6", values: [0, 0.7, 1, 1.3, 1.6] },
    { text: "0，0.5；1", values: [0, 0.5, 1] },
    { text: "1-5", values: [1, 2, 3, 4, 5] },
    { text: "1-2 (+0.5), 3", values: [1, 1.5, 2, 3] },
    { text: "0.5-1.5 [3]", values: [0.5, 1, 1.5] },
    { text: "7, x, 1-1000 (+1)", values: [7], bad: ["x", "1-1000 (+1)"] },
    { text: "", values: [] },
  ];
  for (const c of cases) it(JSON.stringify(c.text), () => expect(parseNumberValues(c.text)).toEqual({ values: c.values, bad: c.bad ?? [] }));

  it("reads sampler names without case", () => {
    expect(parseSamplerValues("euler a, DDIM, foo")).toEqual({ values: ["Euler a", "DDIM"], bad: ["foo"] });
  });
});
