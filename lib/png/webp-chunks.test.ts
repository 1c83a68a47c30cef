import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildWebp, concatBytes, latin1Bytes } from "./fixtures/build-images";
import { readWebpChunks } from "./webp-chunks";

describe("readWebpChunks", () => {
  const exif = latin1Bytes("Exif\0\0MM\0*odd");
  const webp = buildWebp({ exif, width: 1024, height: 768 });

  it("lists the chunks and reads the canvas size", () => {
    const list = readWebpChunks(webp);
    expect(list.chunks.map((c) => c.type)).toEqual(["VP8X", "VP8L", "EXIF"]);
    expect(list).toMatchObject({ width: 1024, height: 768, truncated: false });
    expect(list.chunks[2].data).toEqual(exif);
  });

  it("reads the size from VP8L and VP8 without VP8X", () => {
    const vp8l = readWebpChunks(buildWebp({ width: 300, height: 200 })).chunks[1];
    const lossless = concatBytes(latin1Bytes("RIFF"), [20, 0, 0, 0], latin1Bytes("WEBPVP8L"), [7, 0, 0, 0], vp8l.data, [0]);
    expect(readWebpChunks(lossless)).toMatchObject({ width: 300, height: 200 });
    const frame = [0, 0, 0, 0x9d, 0x01, 0x2a, 0x40, 0x01, 0xf0, 0x00];
    const lossy = concatBytes(latin1Bytes("RIFF"), [22, 0, 0, 0], latin1Bytes("WEBPVP8 "), [10, 0, 0, 0], frame);
    expect(readWebpChunks(lossy)).toMatchObject({ width: 320, height: 240 });
  });

  it("reports truncation at every cut and keeps the whole chunks before it", () => {
    for (let cut = 12; cut < webp.length; cut++) {
      const list = readWebpChunks(webp.subarray(0, cut));
      expect(list.truncated).toBe(true);
      expect(list.chunks.every((c) => c.offset + 8 + c.data.length <= cut)).toBe(true);
    }
  });

  it("rejects non-WebP RIFF files and chunks that overrun a complete file", () => {
    expect(() => readWebpChunks(latin1Bytes("RIFF\x04\0\0\0WAVE"))).toThrow(AppError);
    const overrun = webp.slice();
    new DataView(overrun.buffer).setUint32(16, 0xffffffff, true);
    expect(() => readWebpChunks(overrun)).toThrow(AppError);
    expect(() => readWebpChunks(concatBytes(webp, [1, 2, 3]).map((b, i) => (i === 4 ? b + 3 : b)))).toThrow(AppError);
  });
});
