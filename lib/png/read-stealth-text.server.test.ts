import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildPixels, encodeRawPng, hideStealthText } from "./fixtures/build-stealth";
import { buildPng } from "./fixtures/build-images";
import { readStealthText } from "./read-stealth-text.server";

const infotext = "一只猫, (masterpiece:1.2)\nNegative prompt: blurry\nSteps: 20, Sampler: Euler a, Seed: 42";

describe("readStealthText", () => {
  const cases = [
    { signature: "stealth_pnginfo", channels: 4, mode: "alpha", compressed: false },
    { signature: "stealth_pngcomp", channels: 4, mode: "alpha", compressed: true },
    { signature: "stealth_rgbinfo", channels: 3, mode: "rgb", compressed: false },
    { signature: "stealth_rgbcomp", channels: 4, mode: "rgb", compressed: true },
  ] as const;
  for (const { signature, channels, mode, compressed } of cases) {
    it(`reads ${signature} from a PNG`, async () => {
      const png = encodeRawPng(hideStealthText(buildPixels(48, 40, channels), infotext, signature));
      expect(await readStealthText(png)).toEqual({ text: infotext, mode, compressed });
    });
  }

  it("reads it from a lossless WebP too", async () => {
    const pixels = hideStealthText(buildPixels(48, 40, 4), infotext, "stealth_pngcomp");
    const webp = await sharp(pixels.data, { raw: { width: 48, height: 40, channels: 4 } }).webp({ lossless: true }).toBuffer();
    expect((await readStealthText(new Uint8Array(webp)))?.text).toBe(infotext);
  });

  it("reads the payload from columns past the header's", async () => {
    const long = "x".repeat(400);
    const png = encodeRawPng(hideStealthText(buildPixels(500, 8, 4), long, "stealth_pnginfo"));
    expect((await readStealthText(png))?.text).toBe(long);
  });

  it("answers undefined for images without a signature and for files sharp cannot decode", async () => {
    expect(await readStealthText(encodeRawPng(buildPixels(48, 40, 4)))).toBeUndefined();
    expect(await readStealthText(buildPng())).toBeUndefined();
    expect(await readStealthText(new TextEncoder().encode("not an image"))).toBeUndefined();
    const png = encodeRawPng(hideStealthText(buildPixels(48, 40, 4), infotext, "stealth_pnginfo"));
    expect(await readStealthText(png.subarray(0, png.length - 40))).toBeUndefined();
    expect(await readStealthText(png, { maxPixels: 100 })).toBeUndefined();
  });

  it("bounds the hidden size, the inflated size and the pixels decoded", async () => {
    const reason = async (run: Promise<unknown>) => {
      try {
        await run;
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return ((error as AppError).details as { reason: string }).reason;
      }
      throw new Error("expected an AppError");
    };
    const plain = encodeRawPng(hideStealthText(buildPixels(64, 64, 4), "y".repeat(300), "stealth_pnginfo"));
    expect(await reason(readStealthText(plain, { maxChunkBytes: 100 }))).toBe("too_large");
    const bomb = encodeRawPng(hideStealthText(buildPixels(200, 64, 4), new Uint8Array(1 << 20), "stealth_pngcomp"));
    expect(await reason(readStealthText(bomb, { maxInflatedBytes: 1000 }))).toBe("too_large");
    const lying = encodeRawPng(hideStealthText(buildPixels(64, 64, 4), "abc", "stealth_pnginfo", { lengthBits: 8 * 10_000 }));
    expect(await reason(readStealthText(lying))).toBe("damaged");
    const garbage = encodeRawPng(hideStealthText(buildPixels(64, 64, 4), Uint8Array.of(1, 2, 3), "stealth_pngcomp", { asIs: true }));
    expect(await reason(readStealthText(garbage))).toBe("damaged");
  });
});
