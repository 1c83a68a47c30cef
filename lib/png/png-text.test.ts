import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildPng, buildTextChunk, concatBytes, deflate, latin1Bytes } from "./fixtures/build-images";
import { inflateZlib } from "./inflate.server";
import { readPngChunks } from "./png-chunks";
import { extractPngText, readPngText, writePngText } from "./png-text";

const inflate = inflateZlib;
const utf8 = (s: string) => new TextEncoder().encode(s);
const typesOf = (png: Uint8Array) => readPngChunks(png).chunks.map((c) => c.type);
const reasonOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return ((error as AppError).details as { reason: string }).reason;
  }
  throw new Error("expected an AppError");
};

describe("writePngText → readPngText", () => {
  const infotext = "masterpiece, (cat:1.2)\nNegative prompt: blurry\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1";
  const cases = [
    { name: "ASCII", text: infotext, chunk: "tEXt" },
    { name: "Latin-1", text: "café ©, naïve — no", chunk: "iTXt" },
    { name: "Latin-1 only", text: "café ©, naïve ÿ", chunk: "tEXt" },
    { name: "Chinese", text: "一只猫，(杰作:1.2)\nSteps: 20", chunk: "iTXt" },
    { name: "emoji", text: "😺 cat 🐈‍⬛", chunk: "iTXt" },
    { name: "empty", text: "", chunk: "tEXt" },
    { name: "NUL inside", text: "a\0b", chunk: "tEXt" },
  ];
  for (const { name, text, chunk } of cases) {
    it(`${name} round-trips through ${chunk}`, () => {
      const png = writePngText(buildPng(), [{ keyword: "parameters", text }]);
      expect(typesOf(png)).toEqual(["IHDR", chunk, "IDAT", "IEND"]);
      expect(readPngText(png, { inflate })).toEqual({ parameters: text });
    });
  }

  it("writes several entries in order right after IHDR", () => {
    const png = writePngText(buildPng(), [{ keyword: "parameters", text: "a" }, { keyword: "Comment", text: "猫" }]);
    expect(typesOf(png)).toEqual(["IHDR", "tEXt", "iTXt", "IDAT", "IEND"]);
    expect(readPngText(png, { inflate })).toEqual({ parameters: "a", Comment: "猫" });
  });

  it("replaces existing text chunks with the same keyword, wherever they are, and keeps others", () => {
    const old = buildPng({
      before: [buildTextChunk("tEXt", "parameters", latin1Bytes("old")), buildTextChunk("tEXt", "Software", latin1Bytes("x"))],
      after: [buildTextChunk("zTXt", "parameters", concatBytes([0], deflate("older")))],
    });
    const png = writePngText(old, [{ keyword: "parameters", text: "new" }]);
    expect(typesOf(png)).toEqual(["IHDR", "tEXt", "tEXt", "IDAT", "IEND"]);
    expect(readPngText(png, { inflate })).toEqual({ parameters: "new", Software: "x" });
  });

  it("rejects bad keywords and incomplete PNGs", () => {
    for (const keyword of ["", "k".repeat(80), "猫", "a\0b", "tab\there"]) {
      expect(reasonOf(() => writePngText(buildPng(), [{ keyword, text: "x" }]))).toBe("invalid_text");
    }
    expect(writePngText(buildPng(), [{ keyword: "k".repeat(79), text: "x" }])).toBeInstanceOf(Uint8Array);
    const png = buildPng();
    expect(reasonOf(() => writePngText(png.subarray(0, png.length - 1), []))).toBe("truncated");
  });
});

describe("readPngText", () => {
  it("reads zTXt and compressed iTXt through the injected inflate", () => {
    const png = buildPng({
      before: [buildTextChunk("zTXt", "parameters", concatBytes([0], deflate(latin1Bytes("café"))))],
      after: [buildTextChunk("iTXt", "Comment", concatBytes([1, 0], latin1Bytes("zh\0注释\0"), deflate("一只猫 😺")))],
    });
    expect(readPngText(png, { inflate })).toEqual({ parameters: "café", Comment: "一只猫 😺" });
  });

  it("keeps the last of repeated keywords, like PIL", () => {
    const png = buildPng({
      before: [buildTextChunk("tEXt", "parameters", latin1Bytes("first"))],
      after: [buildTextChunk("iTXt", "parameters", concatBytes([0, 0, 0, 0], utf8("last")))],
    });
    expect(readPngText(png, { inflate })).toEqual({ parameters: "last" });
  });

  it("keeps a keyword named __proto__ as a plain key", () => {
    const png = buildPng({ before: [buildTextChunk("tEXt", "__proto__", latin1Bytes("x"))] });
    const text = readPngText(png, { inflate });
    expect(Object.keys(text)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(text)).toBe(Object.prototype);
  });

  it("skips damaged text chunks with a warning", () => {
    const chunks = readPngChunks(
      buildPng({
        before: [
          buildTextChunk("zTXt", "bad zlib", concatBytes([0], [1, 2, 3, 4])),
          buildTextChunk("zTXt", "bad method", concatBytes([1], deflate("x"))),
          buildTextChunk("iTXt", "no separators", [0, 0]),
          buildTextChunk("iTXt", "bad method", concatBytes([1, 7, 0, 0], deflate("x"))),
          buildTextChunk("tEXt", "", latin1Bytes("no keyword")),
          buildTextChunk("tEXt", "ok", latin1Bytes("fine")),
        ],
      }),
    ).chunks;
    const { text, warnings } = extractPngText(chunks, { inflate });
    expect(text).toEqual({ ok: "fine" });
    expect(warnings).toHaveLength(5);
  });

  it("rejects a zip bomb through the inflate cap", () => {
    const bomb = deflate(new Uint8Array(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    const png = buildPng({ before: [buildTextChunk("zTXt", "parameters", concatBytes([0], bomb))] });
    expect(reasonOf(() => readPngText(png, { inflate }))).toBe("too_large");
    const itxt = buildPng({ before: [buildTextChunk("iTXt", "parameters", concatBytes([1, 0, 0, 0], bomb))] });
    expect(reasonOf(() => readPngText(itxt, { inflate }))).toBe("too_large");
  });

  it("caps the inflated total across chunks", () => {
    const mib = deflate(new Uint8Array(1024 * 1024).fill(0x61));
    const before = Array.from({ length: 20 }, (_, i) => buildTextChunk("zTXt", `k${i}`, concatBytes([0], mib)));
    const png = buildPng({ before });
    expect(reasonOf(() => readPngText(png, { inflate }))).toBe("too_large");
    expect(Object.keys(readPngText(png, { inflate, maxInflatedBytes: 20 * 1024 * 1024 }))).toHaveLength(20);
  });

  it("enforces the budget even when the injected inflate ignores it", () => {
    const png = buildPng({ before: [buildTextChunk("zTXt", "k", concatBytes([0], deflate("x".repeat(100))))] });
    const careless = (data: Uint8Array) => inflateZlib(data);
    expect(reasonOf(() => readPngText(png, { inflate: careless, maxInflatedBytes: 50 }))).toBe("too_large");
  });
});
