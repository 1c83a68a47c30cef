import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildJpeg, buildPng, buildTextChunk, buildTiff, buildUserComment, buildWebp, concatBytes, deflate, latin1Bytes } from "./fixtures/build-images";
import { inflateZlib } from "./inflate.server";
import { writePngText } from "./png-text";
import { encodePngChunk } from "./png-chunks";
import { detectImageFormat, readImageMetadata } from "./read-image-metadata";

const inflate = inflateZlib;
const infotext = "一只猫, (masterpiece:1.2)\nNegative prompt: blurry\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 42";
const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_input");
    return error as AppError;
  }
  throw new Error("expected an AppError");
};
const reasonOf = (fn: () => unknown) => (errorOf(fn).details as { reason: string }).reason;

describe("readImageMetadata", () => {
  it("reads PNG text chunks and the size", () => {
    const png = writePngText(buildPng({ width: 512, height: 768 }), [{ keyword: "parameters", text: infotext }]);
    expect(readImageMetadata(png, { inflate })).toEqual({
      format: "png", width: 512, height: 768, text: { parameters: infotext }, truncated: false, warnings: [],
    });
  });

  it("reads a PNG eXIf UserComment when there is no parameters chunk", () => {
    const exif = encodePngChunk("eXIf", buildTiff("MM", buildUserComment(infotext, "unicode-be")));
    expect(readImageMetadata(buildPng({ after: [exif] }), { inflate }).text).toEqual({ parameters: infotext });
    const both = buildPng({ before: [buildTextChunk("tEXt", "parameters", latin1Bytes("chunk"))], after: [exif] });
    expect(readImageMetadata(both, { inflate }).text).toEqual({ parameters: "chunk" });
  });

  for (const order of ["II", "MM"] as const) {
    for (const charset of ["ascii", "unicode-be", "unicode-le"] as const) {
      it(`reads a JPEG EXIF UserComment (${order}, ${charset})`, () => {
        const text = charset === "ascii" ? "a cat\nSteps: 20" : infotext;
        const jpeg = buildJpeg({ tiff: buildTiff(order, buildUserComment(text, charset)), width: 640, height: 480 });
        expect(readImageMetadata(jpeg, { inflate })).toEqual({
          format: "jpeg", width: 640, height: 480, text: { parameters: text }, truncated: false, warnings: [],
        });
      });
    }
  }

  it("reads the JPEG COM segment as comment, and as parameters when there is no UserComment", () => {
    expect(readImageMetadata(buildJpeg({ comment: "猫 cat\0" }), { inflate }).text).toEqual({ parameters: "猫 cat", comment: "猫 cat" });
    const both = buildJpeg({ comment: "c", tiff: buildTiff("MM", buildUserComment("u", "ascii")) });
    expect(readImageMetadata(both, { inflate }).text).toEqual({ parameters: "u", comment: "c" });
    expect(readImageMetadata(buildJpeg(), { inflate }).text).toEqual({});
  });

  it("lists JPEG and WebP XMP under PNG's XMP keyword", () => {
    const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>';
    expect(readImageMetadata(buildJpeg({ xmp, comment: "c" }), { inflate }).text).toEqual({ parameters: "c", comment: "c", "XML:com.adobe.xmp": xmp });
    expect(readImageMetadata(buildWebp({ xmp }), { inflate }).text).toEqual({ "XML:com.adobe.xmp": xmp });
    expect(readImageMetadata(buildJpeg({ xmp: "" }), { inflate }).text).toEqual({});
  });

  it("reads a WebP EXIF chunk with or without the Exif header", () => {
    const tiff = buildTiff("II", buildUserComment(infotext, "unicode-le"));
    for (const exif of [tiff, concatBytes(latin1Bytes("Exif\0\0"), tiff)]) {
      expect(readImageMetadata(buildWebp({ exif, width: 1024, height: 1024 }), { inflate })).toEqual({
        format: "webp", width: 1024, height: 1024, text: { parameters: infotext }, truncated: false, warnings: [],
      });
    }
    expect(readImageMetadata(buildWebp(), { inflate }).text).toEqual({});
  });

  it("applies maxPixels to every format", () => {
    expect(reasonOf(() => readImageMetadata(buildPng({ width: 20000, height: 20000 }), { inflate }))).toBe("too_large");
    expect(reasonOf(() => readImageMetadata(buildJpeg({ width: 65535, height: 65535 }), { inflate }))).toBe("too_large");
    expect(reasonOf(() => readImageMetadata(buildWebp({ width: 16384, height: 16384 }), { inflate }))).toBe("too_large");
  });

  it("says when a file is not a PNG, JPEG or WebP", () => {
    for (const bytes of [latin1Bytes("GIF89a\x01\0\x01\0"), latin1Bytes("RIFF\x04\0\0\0WAVEfmt "), latin1Bytes("hello world!")]) {
      const error = errorOf(() => readImageMetadata(bytes, { inflate }));
      expect(error.message).toBe("This file is not a PNG, JPEG or WebP image.");
      expect(error.messageZh).toBe("这不是 PNG、JPEG 或 WebP 图片。");
    }
    expect(errorOf(() => detectImageFormat(new Uint8Array(0))).message).toBe("The file is empty.");
  });

  it("reads the text before the cut of a truncated PNG, and says 'truncated' when there is none", () => {
    const png = buildPng({ before: [buildTextChunk("tEXt", "parameters", latin1Bytes("a cat"))] });
    const result = readImageMetadata(png.subarray(0, png.length - 5), { inflate });
    expect(result).toMatchObject({ text: { parameters: "a cat" }, truncated: true });
    expect(result.warnings.at(-1)).toContain("truncated");
    const error = errorOf(() => readImageMetadata(buildPng().subarray(0, 50), { inflate }));
    expect(error.message).toMatch(/^The image is truncated/);
  });

  it("says 'truncated' for a WebP cut before its EXIF chunk and a JPEG cut inside APP1", () => {
    const webp = buildWebp({ exif: buildTiff("II", buildUserComment(infotext, "ascii")) });
    expect(reasonOf(() => readImageMetadata(webp.subarray(0, webp.length - 10), { inflate }))).toBe("truncated");
    const jpeg = buildJpeg({ tiff: buildTiff("MM", buildUserComment(infotext, "unicode-be")) });
    expect(reasonOf(() => readImageMetadata(jpeg.subarray(0, 60), { inflate }))).toBe("truncated");
    const cutAfterExif = readImageMetadata(jpeg.subarray(0, jpeg.length - 20), { inflate });
    expect(cutAfterExif).toMatchObject({ text: { parameters: infotext }, truncated: true });
  });

  it("throws the EXIF error when damaged EXIF is the only metadata, and warns when there is other text", () => {
    const tiff = buildTiff("MM", buildUserComment(infotext, "ascii"));
    new DataView(tiff.buffer).setUint32(18, 0xfffffff0);
    expect(reasonOf(() => readImageMetadata(buildJpeg({ tiff }), { inflate }))).toBe("damaged");
    const withComment = readImageMetadata(buildJpeg({ tiff, comment: "c" }), { inflate });
    expect(withComment.text).toEqual({ parameters: "c", comment: "c" });
    expect(withComment.warnings).toEqual([expect.stringContaining("EXIF data of this image is damaged")]);
  });

  it("reads compressed PNG text and rejects zip bombs", () => {
    const zipped = buildPng({ before: [buildTextChunk("zTXt", "parameters", concatBytes([0], deflate("a cat")))] });
    expect(readImageMetadata(zipped, { inflate }).text).toEqual({ parameters: "a cat" });
    const bomb = buildPng({ before: [buildTextChunk("zTXt", "parameters", concatBytes([0], deflate(new Uint8Array(32 << 20))))] });
    expect(reasonOf(() => readImageMetadata(bomb, { inflate }))).toBe("too_large");
  });

  it("answers every prefix of small PNG, JPEG and WebP files with a result or an AppError", () => {
    const files = [
      buildPng({ before: [buildTextChunk("tEXt", "parameters", latin1Bytes("a cat"))] }),
      buildJpeg({ tiff: buildTiff("II", buildUserComment("a cat", "unicode-le")), comment: "c" }),
      buildWebp({ exif: buildTiff("MM", buildUserComment("a cat", "ascii")) }),
    ];
    for (const file of files) {
      for (let cut = 0; cut <= file.length; cut++) {
        try {
          const result = readImageMetadata(file.subarray(0, cut), { inflate });
          expect(Object.keys(result.text).length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }
    }
  });

  it("rejects random bytes with an AppError", () => {
    let seed = 12345;
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n * 7 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
      expect(() => readImageMetadata(bytes, { inflate })).toThrow(AppError);
    }
  });
});
