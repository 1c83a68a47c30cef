import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../errors";
import { fitImage } from "./img2img-input.server";

// A 2×1 image: a red pixel and a blue one.
const redBlue = async () => new Uint8Array(await sharp(Uint8Array.of(255, 0, 0, 0, 0, 255), { raw: { width: 2, height: 1, channels: 3 } }).png().toBuffer());
const at = (rgb: Uint8Array, width: number, x: number, y: number) => Array.from(rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3));

describe("fitImage (A1111's resize modes)", () => {
  it("just resize stretches to the size", async () => {
    const rgb = await fitImage(await redBlue(), 4, 4, "just-resize");
    expect(rgb.length).toBe(4 * 4 * 3);
    expect(at(rgb, 4, 0, 3)[0]).toBeGreaterThan(200); // red stretched down the left
    expect(at(rgb, 4, 3, 0)[2]).toBeGreaterThan(200); // blue down the right
  });

  it("crop and resize fills the size and crops the middle", async () => {
    // 40×10: green, red, blue, green bands of 10 columns; into 10×10 the middle 10 columns stay (red then blue)
    const colour = (x: number) => (x < 10 || x >= 30 ? [0, 255, 0] : x < 20 ? [255, 0, 0] : [0, 0, 255]);
    const raw = Uint8Array.from({ length: 40 * 10 * 3 }, (_, i) => colour(Math.floor(i / 3) % 40)[i % 3]);
    const bands = new Uint8Array(await sharp(raw, { raw: { width: 40, height: 10, channels: 3 } }).png().toBuffer());
    const rgb = await fitImage(bands, 10, 10, "crop-and-resize");
    expect(at(rgb, 10, 1, 5)).toEqual([255, 0, 0]);
    expect(at(rgb, 10, 8, 5)).toEqual([0, 0, 255]);
  });

  it("resize and fill fits inside and stretches the edge rows over the empty bands", async () => {
    const rgb = await fitImage(await redBlue(), 4, 6, "resize-and-fill"); // 2:1 into 4×6 → 4×2 in the middle, bands of 2
    for (const y of [0, 1, 2]) expect(at(rgb, 4, 0, y)).toEqual(at(rgb, 4, 0, 2)); // top band copies the first row
    for (const y of [3, 4, 5]) expect(at(rgb, 4, 3, y)).toEqual(at(rgb, 4, 3, 3)); // bottom band copies the last row
    expect(at(rgb, 4, 0, 2)[0]).toBeGreaterThan(200); // red on the left
    expect(at(rgb, 4, 3, 2)[2]).toBeGreaterThan(200); // blue on the right
  });

  it("rejects what is not an image", async () => {
    await expect(fitImage(Uint8Array.of(1, 2, 3), 8, 8, "just-resize")).rejects.toBeInstanceOf(AppError);
    await expect(fitImage(Uint8Array.of(1, 2, 3), 8, 8, "just-resize")).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/^The img2img image could not be read/) });
  });
});
