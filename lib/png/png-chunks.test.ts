import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildPng, buildTextChunk, concatBytes, latin1Bytes } from "./fixtures/build-images";
import { encodePngChunk, PNG_SIGNATURE, readPngChunks } from "./png-chunks";

const reasonOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_input");
    return ((error as AppError).details as { reason: string }).reason;
  }
  throw new Error("expected an AppError");
};

/** Overwrites the big-endian u32 at `at` in a copy of `bytes`. */
const withU32 = (bytes: Uint8Array, at: number, value: number) => {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(at, value);
  return copy;
};

describe("readPngChunks", () => {
  const text = buildTextChunk("tEXt", "parameters", latin1Bytes("a cat"));
  const png = buildPng({ width: 3, height: 2, before: [text] });

  it("walks the chunks and reads IHDR's size", () => {
    const list = readPngChunks(png);
    expect(list.chunks.map((c) => c.type)).toEqual(["IHDR", "tEXt", "IDAT", "IEND"]);
    expect(list).toMatchObject({ width: 3, height: 2, warnings: [], truncated: false });
    expect(list.chunks.every((c) => c.crcOk)).toBe(true);
    expect(list.chunks[1].offset).toBe(33);
    expect(new TextDecoder().decode(list.chunks[1].data)).toBe("parameters\0a cat");
  });

  it("encodes chunks with the standard CRC", () => {
    expect([...encodePngChunk("IEND", new Uint8Array(0))]).toEqual([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  });

  it("tolerates a CRC mismatch with a warning", () => {
    const bad = png.slice();
    bad[33 + 8 + text.length - 12 + 3] ^= 0xff;
    const list = readPngChunks(bad);
    expect(list.chunks[1].crcOk).toBe(false);
    expect(list.warnings).toEqual([expect.stringContaining("CRC of the tEXt chunk")]);
  });

  it("stops at IEND and ignores what follows", () => {
    const list = readPngChunks(concatBytes(png, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]));
    expect(list.chunks.at(-1)?.type).toBe("IEND");
  });

  it("rejects malicious chunk lengths", () => {
    expect(reasonOf(() => readPngChunks(withU32(png, 33, 0xffffffff)))).toBe("damaged");
    expect(reasonOf(() => readPngChunks(withU32(png, 33, 0x80000000)))).toBe("damaged");
    expect(reasonOf(() => readPngChunks(withU32(png, 33, 0x7fffffff)))).toBe("too_large");
    expect(reasonOf(() => readPngChunks(withU32(png, 33, png.length)))).toBe("truncated");
    expect(reasonOf(() => readPngChunks(png, { maxChunkBytes: 10 }))).toBe("too_large");
    expect(reasonOf(() => readPngChunks(png, { maxChunks: 3 }))).toBe("too_large");
    expect(readPngChunks(png, { maxChunks: 4 }).chunks).toHaveLength(4);
  });

  it("rejects more than 10,000 chunks by default", () => {
    const empty = encodePngChunk("tIMe", new Uint8Array(0));
    expect(reasonOf(() => readPngChunks(buildPng({ before: Array(10_001).fill(empty) })))).toBe("too_large");
  });

  it("rejects images over maxPixels (20000×20000 by default) with a clear message", () => {
    const huge = buildPng({ width: 20000, height: 20000 });
    expect(reasonOf(() => readPngChunks(huge))).toBe("too_large");
    expect(() => readPngChunks(huge)).toThrow("20000×20000 pixels, more than the 100 megapixels allowed");
    expect(readPngChunks(buildPng({ width: 10000, height: 10000 })).width).toBe(10000);
    expect(reasonOf(() => readPngChunks(buildPng({ width: 10, height: 10 }), { maxPixels: 99 }))).toBe("too_large");
  });

  it("rejects a bad signature, a missing IHDR, a zero size and an invalid chunk type", () => {
    expect(reasonOf(() => readPngChunks(latin1Bytes("GIF89a....")))).toBe("not_an_image");
    const noIhdr = concatBytes(PNG_SIGNATURE, encodePngChunk("IEND", new Uint8Array(0)));
    expect(reasonOf(() => readPngChunks(noIhdr))).toBe("damaged");
    expect(reasonOf(() => readPngChunks(buildPng({ width: 0 })))).toBe("damaged");
    expect(reasonOf(() => readPngChunks(buildPng({ width: 0x80000000 })))).toBe("damaged");
    const badType = png.slice();
    badType[37] = 0x31;
    expect(reasonOf(() => readPngChunks(badType))).toBe("damaged");
  });

  it("throws 'truncated' at every cut, or reads up to the cut with allowTruncated", () => {
    for (let cut = 0; cut < png.length; cut++) {
      const part = png.subarray(0, cut);
      expect(reasonOf(() => readPngChunks(part))).toBe("truncated");
      if (cut < 33) {
        expect(reasonOf(() => readPngChunks(part, { allowTruncated: true }))).toBe("truncated");
      } else {
        const list = readPngChunks(part, { allowTruncated: true });
        expect(list.truncated).toBe(true);
        expect(list.chunks.every((c) => c.offset + 12 + c.data.length <= cut)).toBe(true);
        expect(list.warnings.at(-1)).toContain("truncated");
      }
    }
  });
});
