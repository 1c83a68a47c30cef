import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { checkImageSize, DEFAULT_IMAGE_LIMITS, resolveImageLimits } from "./image-limits";

describe("image limits", () => {
  it("fills defaults with ??, so 0 stays 0", () => {
    expect(resolveImageLimits()).toEqual(DEFAULT_IMAGE_LIMITS);
    expect(resolveImageLimits({ maxChunks: 0 }).maxChunks).toBe(0);
  });

  it("accepts up to maxPixels and rejects past it with both languages and reason too_large", () => {
    expect(() => checkImageSize(10000, 10000, 100_000_000)).not.toThrow();
    try {
      checkImageSize(20000, 20000, 100_000_000);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: "invalid_input",
        status: 400,
        message: "The image is too large: 20000×20000 pixels, more than the 100 megapixels allowed.",
        messageZh: "图片尺寸过大：20000×20000 像素，超过了允许的 100 百万像素。",
        details: { reason: "too_large" },
      });
    }
  });
});
