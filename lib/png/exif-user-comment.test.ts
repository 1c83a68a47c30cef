import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { readExifUserComment, decodeUserComment } from "./exif-user-comment";
import { buildTiff, buildUserComment, concatBytes, latin1Bytes } from "./fixtures/build-images";

const infotext = "a cat, (masterpiece:1.2)\nNegative prompt: blurry\nSteps: 20, Sampler: Euler a, CFG scale: 7";

describe("readExifUserComment", () => {
  const cases = [
    { order: "MM", charset: "unicode-be", text: infotext, note: "what A1111 writes through piexif" },
    { order: "II", charset: "unicode-le", text: infotext, note: "UNICODE in the TIFF byte order" },
    { order: "II", charset: "unicode-be", text: infotext, note: "piexif-style big-endian inside an II TIFF" },
    { order: "MM", charset: "unicode-le", text: infotext, note: "little-endian inside an MM TIFF" },
    { order: "MM", charset: "unicode-be", text: "一只猫，杰作 😺\nSteps: 20", note: "Chinese and emoji" },
    { order: "II", charset: "unicode-le", text: "一只猫，杰作 😺\nSteps: 20", note: "Chinese and emoji, LE" },
    { order: "II", charset: "ascii", text: infotext, note: "ASCII" },
    { order: "MM", charset: "ascii", text: infotext, note: "ASCII, MM" },
    { order: "II", charset: "undefined", text: "一只猫 café", note: "undefined charset as UTF-8" },
  ] as const;
  for (const { order, charset, text, note } of cases) {
    it(`${order} ${charset}: ${note}`, () => {
      const tiff = buildTiff(order, buildUserComment(text, charset));
      expect(readExifUserComment(tiff)).toBe(text);
      expect(readExifUserComment(concatBytes(latin1Bytes("Exif\0\0"), tiff))).toBe(text);
    });
  }

  it("falls back to a UserComment placed in IFD0", () => {
    expect(readExifUserComment(buildTiff("MM", buildUserComment(infotext, "ascii"), { inIfd0: true }))).toBe(infotext);
  });

  it("returns undefined without a UserComment or with an empty one", () => {
    const tiff = buildTiff("II", buildUserComment("x", "ascii"));
    tiff[28] = 0x87; // the Exif IFD's tag is no longer 0x9286
    expect(readExifUserComment(tiff)).toBeUndefined();
    expect(readExifUserComment(buildTiff("MM", buildUserComment("", "unicode-be")))).toBeUndefined();
    expect(readExifUserComment(buildTiff("MM", concatBytes(latin1Bytes("ASCII\0\0\0"), [0, 0, 0])))).toBeUndefined();
  });

  it("throws a damaged AppError for broken TIFF structures", () => {
    const good = buildTiff("MM", buildUserComment(infotext, "ascii"));
    const broken = [
      new Uint8Array(0),
      latin1Bytes("XX\0*\0\0\0\x08"),
      good.subarray(0, 20),
      good.subarray(0, 50),
      (() => { const t = good.slice(); new DataView(t.buffer).setUint32(4, 0xfffffff0); return t; })(),
      (() => { const t = good.slice(); new DataView(t.buffer).setUint32(18, 0xfffffff0); return t; })(),
      (() => { const t = good.slice(); new DataView(t.buffer).setUint32(32, 0xffffffff); return t; })(),
      (() => { const t = good.slice(); new DataView(t.buffer).setUint16(30, 99); return t; })(),
      (() => { const t = good.slice(); new DataView(t.buffer).setUint16(8, 0xffff); return t; })(),
    ];
    for (const bytes of broken) {
      expect(() => readExifUserComment(bytes)).toThrow(AppError);
    }
  });
});

describe("decodeUserComment", () => {
  it("honours a byte-order mark and drops trailing NULs", () => {
    expect(decodeUserComment(concatBytes(latin1Bytes("UNICODE\0"), [0xff, 0xfe, 0x61, 0, 0x62, 0, 0, 0]), false)).toBe("ab");
    expect(decodeUserComment(concatBytes(latin1Bytes("UNICODE\0"), [0xfe, 0xff, 0, 0x61, 0, 0x62]), true)).toBe("ab");
    expect(decodeUserComment(concatBytes(latin1Bytes("UNICODE\0"), [0, 0x61, 0]), false)).toBe("a");
  });

  it("decodes JIS and prefix-less comments", () => {
    expect(decodeUserComment(concatBytes(latin1Bytes("JIS\0\0\0\0\0"), [0x82, 0xa0]), false)).toBe("あ");
    expect(decodeUserComment(new TextEncoder().encode("plain 猫"), false)).toBe("plain 猫");
  });
});
