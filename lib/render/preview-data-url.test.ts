import { describe, expect, it } from "vitest";
import { makePng } from "@/tests/support/test-images";
import { previewDataUrl } from "./preview-data-url";

describe("previewDataUrl", () => {
  it("turns a preview image into a data: URL of its own type, and anything else into nothing", () => {
    const png = makePng(1, 1, [0, 0, 0]);
    expect(previewDataUrl(png)).toBe(`data:image/png;base64,${Buffer.from(png).toString("base64")}`);
    expect(previewDataUrl(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(previewDataUrl(new Uint8Array())).toBeUndefined();
    expect(previewDataUrl(undefined)).toBeUndefined();
  });
});
