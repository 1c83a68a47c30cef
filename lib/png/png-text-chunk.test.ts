import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { concatBytes, deflate, latin1Bytes } from "./fixtures/build-images";
import { inflateZlib } from "./inflate.server";
import { decodePngTextChunk, encodePngTextChunk } from "./png-text-chunk";

const hex = (bytes: ArrayLike<number>) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
const crcHex = (typeAndData: Uint8Array) => (zlib.crc32(typeAndData) >>> 0).toString(16).padStart(8, "0").replace(/(..)(?!$)/g, "$1 ");
const noInflate = () => {
  throw new Error("not compressed");
};

describe("encodePngTextChunk", () => {
  it("writes tEXt for Latin-1 text, byte for byte", () => {
    const body = latin1Bytes("tEXtk\0é");
    expect(hex(encodePngTextChunk("k", "é"))).toBe(`00 00 00 03 ${hex(body)} ${crcHex(body)}`);
  });

  it("writes an uncompressed iTXt with empty language and translated keyword otherwise", () => {
    const body = concatBytes(latin1Bytes("iTXtk\0\0\0\0\0"), [0xe7, 0x8c, 0xab]);
    expect(hex(encodePngTextChunk("k", "猫"))).toBe(`00 00 00 09 ${hex(body)} ${crcHex(body)}`);
  });
});

describe("decodePngTextChunk", () => {
  const cases = [
    { type: "tEXt", data: concatBytes(latin1Bytes("parameters\0a cat"), [0x80, 0xff]), keyword: "parameters", text: "a cat\u0080ÿ" },
    { type: "tEXt", data: latin1Bytes("k\0"), keyword: "k", text: "" },
    { type: "tEXt", data: latin1Bytes("k\0a\0b"), keyword: "k", text: "a\0b" },
    { type: "zTXt", data: concatBytes(latin1Bytes("k\0\0"), deflate(latin1Bytes("café"))), keyword: "k", text: "café" },
    {
      type: "iTXt",
      data: concatBytes(latin1Bytes("k\0\0\0zh-CN\0"), new TextEncoder().encode("关键字\0一只猫")),
      keyword: "k",
      text: "一只猫",
    },
    { type: "iTXt", data: concatBytes(latin1Bytes("k\0\x01\0\0\0"), deflate("😺")), keyword: "k", text: "😺" },
    { type: "iTXt", data: latin1Bytes("k\0\0\0\0\0\xff"), keyword: "k", text: "\ufffd" },
  ];
  for (const { type, data, keyword, text } of cases) {
    it(`${type} ${JSON.stringify(text)}`, () => expect(decodePngTextChunk(type, data, inflateZlib)).toEqual({ keyword, text }));
  }

  it("throws a damaged AppError for broken layouts", () => {
    const broken: Array<[string, Uint8Array]> = [
      ["tEXt", latin1Bytes("no separator")],
      ["tEXt", latin1Bytes("\0empty keyword")],
      ["zTXt", latin1Bytes("k\0")],
      ["zTXt", latin1Bytes("k\0\x01xx")],
      ["iTXt", latin1Bytes("k\0\0")],
      ["iTXt", latin1Bytes("k\0\0\0lang")],
      ["iTXt", latin1Bytes("k\0\x02\0\0\0")],
      ["iTXt", latin1Bytes("k\0\x01\x01\0\0")],
      ["tIME", latin1Bytes("k\0x")],
    ];
    for (const [type, data] of broken) expect(() => decodePngTextChunk(type, data, noInflate), type).toThrow(AppError);
  });
});
