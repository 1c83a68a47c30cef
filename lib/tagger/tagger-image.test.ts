import { describe, expect, it } from "vitest";
import { padToSquare, toTaggerInput } from "./tagger-image";

const W = 255;

describe("padToSquare", () => {
  it("centres the image on white, the odd pixel going right or down as in the reference", () => {
    expect(Array.from(padToSquare(new Uint8Array([0, 0, 0]), 1, 2).data)).toEqual([0, 0, 0, W, W, W, W, W, W, W, W, W]);
    // 1×4 → 4×4: left band (4-1)//2 = 1 column, right band 2 columns.
    const tall = padToSquare(new Uint8Array(12).fill(7), 1, 4);
    expect(tall.side).toBe(4);
    const column = (x: number) => [0, 1, 2, 3].map((y) => tall.data[(y * 4 + x) * 3]);
    expect([column(0), column(1), column(2), column(3)]).toEqual([[W, W, W, W], [7, 7, 7, 7], [W, W, W, W], [W, W, W, W]]);
    // 3×1 → 3×3: top band 1 row.
    const wide = padToSquare(new Uint8Array(9).fill(1), 3, 1);
    expect(Array.from(wide.data.subarray(0, 9))).toEqual(new Array(9).fill(W));
    expect(Array.from(wide.data.subarray(9, 18))).toEqual(new Array(9).fill(1));
  });

  it("returns a square image as it is", () => {
    const rgb = new Uint8Array(12);
    expect(padToSquare(rgb, 2, 2)).toEqual({ side: 2, data: rgb });
  });
});

describe("toTaggerInput", () => {
  // A 2×1 image: red, then a grey-blue pixel.
  const rgb = new Uint8Array([255, 0, 0, 10, 20, 30, 0, 0, 0, 0, 0, 0]);
  it("writes BGR values 0–255, pixels then channels (NHWC)", () => {
    expect(Array.from(toTaggerInput(rgb, 2, "nhwc"))).toEqual([0, 0, 255, 30, 20, 10, 0, 0, 0, 0, 0, 0]);
  });
  it("or channel planes first (NCHW)", () => {
    expect(Array.from(toTaggerInput(rgb, 2, "nchw"))).toEqual([0, 30, 0, 0, 0, 20, 0, 0, 255, 10, 0, 0]);
  });
  it("refuses pixels of the wrong size", () => {
    expect(() => toTaggerInput(rgb, 3, "nhwc")).toThrow("expected 27 bytes of RGB, got 12");
  });
});
