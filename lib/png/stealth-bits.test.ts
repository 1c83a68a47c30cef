import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildPixels, hideStealthText } from "./fixtures/build-stealth";
import { countStealthPixels, readStealthHeader, readStealthPayload, STEALTH_HEADER_BITS, type RawPixels } from "./stealth-bits";

const infotext = "一只猫, (masterpiece:1.2)\nNegative prompt: blurry\nSteps: 20, Sampler: Euler a, Seed: 42";
const limits = (p: RawPixels) => ({ imagePixels: p.width * p.height, maxPayloadBytes: 1 << 20 });
const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("readStealthHeader / readStealthPayload", () => {
  const cases = [
    { signature: "stealth_pnginfo", mode: "alpha", compressed: false, width: 40, height: 32, channels: 4 },
    { signature: "stealth_pngcomp", mode: "alpha", compressed: true, width: 40, height: 32, channels: 4 },
    { signature: "stealth_rgbinfo", mode: "rgb", compressed: false, width: 20, height: 24, channels: 4 },
    { signature: "stealth_rgbcomp", mode: "rgb", compressed: true, width: 20, height: 24, channels: 3 },
    { signature: "stealth_rgbinfo", mode: "rgb", compressed: false, width: 700, height: 1, channels: 3, note: "one row" },
    { signature: "stealth_pnginfo", mode: "alpha", compressed: false, width: 1, height: 1500, channels: 4, note: "one column" },
  ] as const;
  for (const { signature, mode, compressed, width, height, channels, ...rest } of cases) {
    it(`${signature} in a ${width}×${height} ${channels === 4 ? "RGBA" : "RGB"} image ${"note" in rest ? rest.note : ""}`, () => {
      const pixels = hideStealthText(buildPixels(width, height, channels), infotext, signature);
      const header = readStealthHeader(pixels, limits(pixels));
      expect(header).toMatchObject({ mode, compressed });
      const payload = readStealthPayload(pixels, header!);
      expect(utf8(compressed ? zlib.gunzipSync(payload) : payload)).toBe(infotext);
    });
  }

  it("finds nothing without a signature, in RGB images for the alpha variant, or in images too small", () => {
    expect(readStealthHeader(buildPixels(64, 64, 4), { imagePixels: 4096, maxPayloadBytes: 100 })).toBeUndefined();
    const rgba = hideStealthText(buildPixels(40, 40, 4), "x", "stealth_pnginfo");
    const rgb = { ...rgba, channels: 3, data: rgba.data.filter((_, i) => i % 4 !== 3) };
    expect(readStealthHeader(rgb, limits(rgb))).toBeUndefined();
    const tiny = buildPixels(10, 10, 4);
    expect(readStealthHeader(tiny, limits(tiny))).toBeUndefined();
    const almost = hideStealthText(buildPixels(40, 40, 4), "x", "stealth_pnginfx");
    expect(readStealthHeader(almost, limits(almost))).toBeUndefined();
  });

  it("counts pixels column by column", () => {
    expect(countStealthPixels("alpha", STEALTH_HEADER_BITS)).toBe(152);
    expect(countStealthPixels("rgb", STEALTH_HEADER_BITS)).toBe(51);
    // Only the leftmost columns are needed: the header of a 40-row image sits in its first 4 columns.
    const full = hideStealthText(buildPixels(40, 40, 4), "abc", "stealth_pnginfo");
    const left = { width: 5, height: 40, channels: 4, data: new Uint8Array(5 * 40 * 4) };
    for (let y = 0; y < 40; y++) left.data.set(full.data.subarray(y * 160, y * 160 + 20), y * 20);
    const header = readStealthHeader(left, { imagePixels: 1600, maxPayloadBytes: 10 })!;
    expect(utf8(readStealthPayload(left, header))).toBe("abc");
    expect(() => readStealthPayload({ ...left, width: 4 }, header)).toThrow(/end before/);
  });

  it("rejects lengths that are zero, not whole bytes, past the pixels or past the limit", () => {
    const reasons = [
      [0, "damaged"], [13, "damaged"], [8 * 4000, "damaged"], [8 * 150, "too_large"],
    ] as const;
    for (const [bits, reason] of reasons) {
      const pixels = hideStealthText(buildPixels(40, 40, 4), "abc", "stealth_pnginfo", { lengthBits: bits });
      try {
        readStealthHeader(pixels, { imagePixels: 1600, maxPayloadBytes: 100 });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).details).toEqual({ reason });
      }
    }
  });
});
