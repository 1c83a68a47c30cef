import { describe, expect, it } from "vitest";
import { axisPoints, formatWeight } from "./axis-points";
import { locateTarget, weighSpans } from "./prompt-variant";

describe("axis points and the doc examples", () => {
  it("labels weights and settings as A1111 users read them", () => {
    expect([1, 0.7, 1.25, 2].map(formatWeight)).toEqual(["1.0", "0.7", "1.25", "2.0"]);
    expect(axisPoints({ kind: "cfg", values: [5, 7] }, { prompt: "", negative: "" }, "en").points.map((p) => p.label)).toEqual(["CFG 5", "CFG 7"]);
    expect(axisPoints({ kind: "sampler", values: ["DDIM"] }, { prompt: "", negative: "" }, "zh")).toEqual({ title: "采样器", points: [{ label: "DDIM", sampler: "DDIM" }] });
    expect(axisPoints({ kind: "toggle", target: { field: "negative", tag: 0 } }, { prompt: "", negative: "lowres" }, "zh").points.map((p) => p.label)).toEqual(["有 lowres", "无 lowres"]);
  });

  it("weighs a span as documented", () => {
    expect(weighSpans("a, smile, b", [{ start: 3, end: 8, tag: 1, weight: 1.3 }])).toBe("a, (smile:1.3), b");
    expect(locateTarget("a, smile, b", { field: "prompt", tag: 1 })).toEqual({ start: 3, end: 8, tag: 1 });
  });
});
