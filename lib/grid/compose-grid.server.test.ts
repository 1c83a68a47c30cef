import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { makePng } from "@/tests/support/test-images";
import { inflateZlib } from "../png/inflate.server";
import { readPngText } from "../png/png-text";
import { composeGrid } from "./compose-grid.server";

// Dark pixels (text) in a band of an RGB image: rows top..bottom, columns left..right.
async function darkPixels(png: Uint8Array, box: { left: number; top: number; width: number; height: number }): Promise<number> {
  const { data, info } = await sharp(png).extract(box).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let n = 0;
  for (let i = 0; i < info.width * info.height; i++) if (data[i * 3] + data[i * 3 + 1] + data[i * 3 + 2] < 300) n++;
  return n;
}

describe("composing a grid image", () => {
  it("lays out the cells under their labels and carries the grid's infotext", async () => {
    const colours: Array<[number, number, number]> = [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 0], [0, 255, 255], [255, 0, 255]];
    const cells = colours.map((rgb) => makePng(160, 128, rgb, { parameters: "cell" }));
    const png = await composeGrid({ columns: 3, rows: 2, cells: [...cells.slice(0, 5), null], title: "「微笑」的权重 × CFG",
      xLabels: ["0 · 去掉", "0.7", "1.0"], yLabels: ["CFG 5", "CFG 9"], infotext: "a cat\nSteps: 3, Script: X/Y/Z plot" });

    expect(readPngText(png, { inflate: inflateZlib }).parameters).toBe("a cat\nSteps: 3, Script: X/Y/Z plot");
    const { width, height } = await sharp(png).metadata();
    // A label column (as wide as a cell) beside three 160 px cells with 4 px gaps; two 128 px rows under a title and a label band.
    expect(width).toBe(160 + 3 * 160 + 2 * 4);
    const bands = height! - (2 * 128 + 4);
    expect(bands).toBeGreaterThan(2 * 14);

    const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * width! + x) * 3, (y * width! + x) * 3 + 3)];
    expect(pixel(160 + 10, bands + 10)).toEqual([255, 0, 0]);
    expect(pixel(160 + 164 + 10, bands + 132 + 10)).toEqual([0, 255, 255]);
    expect(pixel(160 + 328 + 10, bands + 132 + 10)).toEqual([231, 229, 228]);

    // Each label was drawn: the title line, the text above every column, the text beside every row.
    const header = bands / 2;
    expect(await darkPixels(png, { left: 0, top: 0, width: width!, height: Math.floor(header) })).toBeGreaterThan(20);
    for (let c = 0; c < 3; c++) expect(await darkPixels(png, { left: 160 + c * 164, top: Math.floor(header), width: 160, height: bands - Math.floor(header) })).toBeGreaterThan(5);
    for (let r = 0; r < 2; r++) expect(await darkPixels(png, { left: 0, top: bands + r * 132, width: 160, height: 128 })).toBeGreaterThan(5);
  });

  it("makes a one-row grid without a label column, enlarging tiny cells so their labels fit", async () => {
    const png = await composeGrid({ columns: 2, rows: 1, cells: [makePng(64, 64, [0, 0, 0]), makePng(64, 64, [9, 9, 9])], title: "smile", xLabels: ["with", "without"], yLabels: [], infotext: "x" });
    expect((await sharp(png).metadata()).width).toBe(2 * 128 + 4);
  });
});
