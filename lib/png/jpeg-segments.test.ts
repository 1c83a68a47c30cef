import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildJpeg, buildTiff, buildUserComment, concatBytes } from "./fixtures/build-images";
import { readJpegSegments } from "./jpeg-segments";

describe("readJpegSegments", () => {
  const jpeg = buildJpeg({ tiff: buildTiff("MM", buildUserComment("x", "ascii")), comment: "hi", width: 640, height: 480 });

  it("lists the segments up to SOS and reads the frame size", () => {
    const list = readJpegSegments(jpeg);
    expect(list.segments.map((s) => s.marker)).toEqual([0xe0, 0xe1, 0xfe, 0xc0, 0xda]);
    expect(list).toMatchObject({ width: 640, height: 480, truncated: false });
    expect(new TextDecoder().decode(list.segments[2].data)).toBe("hi");
  });

  it("skips fill bytes and stray bytes between segments, as PIL does", () => {
    const padded = concatBytes([0xff, 0xd8, 0x00, 0x12, 0xff, 0xff, 0xff], jpeg.subarray(3));
    expect(readJpegSegments(padded).segments.map((s) => s.marker)).toEqual([0xe0, 0xe1, 0xfe, 0xc0, 0xda]);
  });

  it("stops at EOI before SOS", () => {
    expect(readJpegSegments(Uint8Array.of(0xff, 0xd8, 0xff, 0xd9))).toEqual({ segments: [], truncated: false });
  });

  it("reports truncation at every cut before SOS ends", () => {
    const sosEnd = readJpegSegments(jpeg).segments.at(-1)!;
    for (let cut = 2; cut < sosEnd.offset + 4 + sosEnd.data.length; cut++) {
      const list = readJpegSegments(jpeg.subarray(0, cut));
      expect(list.truncated).toBe(true);
    }
  });

  it("rejects a non-JPEG, a segment length under 2 and too many segments", () => {
    expect(() => readJpegSegments(Uint8Array.of(0x89, 0x50))).toThrow(AppError);
    expect(() => readJpegSegments(Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0, 1))).toThrow(AppError);
    expect(() => readJpegSegments(jpeg, 3)).toThrow(AppError);
  });
});
