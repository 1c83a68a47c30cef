import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildJpeg, buildPng, buildTextChunk, buildTiff, buildUserComment, buildWebp, concatBytes, deflate, latin1Bytes } from "./fixtures/build-images";
import { inflateZlib } from "./inflate.server";
import { readJpegSegments } from "./jpeg-segments";
import { encodePngChunk, readPngChunks } from "./png-chunks";
import { readPngText, writePngText } from "./png-text";
import { readImageMetadata } from "./read-image-metadata";
import { readWebpChunks } from "./webp-chunks";

/** mulberry32: a tiny seeded PRNG, so a failure can be replayed from its seed. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LengthField {
  at: number;
  width: 2 | 4;
  little: boolean;
}

const infotext = "一只猫, (masterpiece:1.2)\nNegative prompt: blurry\nSteps: 20, Sampler: Euler a";
const tiffMM = buildTiff("MM", buildUserComment(infotext, "unicode-be"));
const tiffII = buildTiff("II", buildUserComment(infotext, "unicode-le"));
// Where the TIFF keeps its offsets and counts: IFD0 offset, IFD0 count and value, Exif IFD count, type, count, value.
const tiffFields = (base: number, little: boolean): LengthField[] =>
  [[4, 4], [8, 2], [18, 4], [26, 2], [30, 2], [32, 4], [36, 4]].map(([at, width]) => ({ at: base + at, width: width as 2 | 4, little }));

function pngSample() {
  const png = buildPng({
    width: 64,
    height: 64,
    before: [
      buildTextChunk("zTXt", "Software", concatBytes([0], deflate("Stable Diffusion"))),
      buildTextChunk("iTXt", "Comment", concatBytes([1, 0, 0, 0], deflate("注释 😺"))),
    ],
    after: [encodePngChunk("eXIf", tiffII)],
  });
  const bytes = writePngText(png, [{ keyword: "parameters", text: infotext }]);
  const fields: LengthField[] = readPngChunks(bytes).chunks.map((c) => ({ at: c.offset, width: 4, little: false }));
  return { bytes, fields };
}

function jpegSample(tiff: Uint8Array, little: boolean) {
  const bytes = buildJpeg({ tiff, comment: "comment 猫", width: 640, height: 480 });
  const segments = readJpegSegments(bytes).segments;
  const fields: LengthField[] = segments.map((s) => ({ at: s.offset + 2, width: 2, little: false }));
  return { bytes, fields: [...fields, ...tiffFields(segments[1].offset + 10, little)] };
}

function webpSample() {
  const bytes = buildWebp({ exif: concatBytes(latin1Bytes("Exif\0\0"), tiffMM), width: 512, height: 512 });
  const chunks = readWebpChunks(bytes).chunks;
  const fields: LengthField[] = [{ at: 4, width: 4, little: true }, ...chunks.map((c) => ({ at: c.offset + 4, width: 4 as const, little: true }))];
  return { bytes, fields: [...fields, ...tiffFields(chunks[2].offset + 14, false)] };
}

function mutate(source: Uint8Array, fields: LengthField[], random: () => number): Uint8Array {
  let bytes: Uint8Array = source.slice();
  const pick = (n: number) => Math.floor(random() * n);
  const rounds = 1 + pick(4);
  for (let r = 0; r < rounds && bytes.length > 0; r++) {
    const op = pick(5);
    if (op === 0) bytes[pick(bytes.length)] ^= 1 << pick(8);
    else if (op === 1) bytes[pick(bytes.length)] = [0, 0xff, 0x7f, 0x80, pick(256)][pick(5)];
    else if (op === 2) bytes = bytes.slice(0, pick(bytes.length + 1));
    else if (op === 3) {
      const field = fields[pick(fields.length)];
      if (field.at + field.width > bytes.length) continue;
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const old = field.width === 4 ? view.getUint32(field.at, field.little) : view.getUint16(field.at, field.little);
      const max = field.width === 4 ? 0xffffffff : 0xffff;
      const values = [0, 1, max, 0x7fffffff & max, 0x80000000 & max || 0x8000, old + 1, old - 1, bytes.length, pick(max + 1)];
      const value = Math.min(max, Math.max(0, values[pick(values.length)]));
      if (field.width === 4) view.setUint32(field.at, value, field.little);
      else view.setUint16(field.at, value, field.little);
    } else {
      const from = pick(bytes.length);
      const slice = bytes.slice(from, from + pick(64));
      const at = pick(bytes.length + 1);
      bytes = concatBytes(bytes.subarray(0, at), slice, bytes.subarray(at));
    }
  }
  return bytes;
}

function expectOnlyAppErrors(run: () => unknown, label: string) {
  try {
    run();
  } catch (error) {
    if (!(error instanceof AppError)) throw new Error(`${label}: ${String(error)}`, { cause: error });
    expect(error.code, label).toBe("invalid_input");
    expect(error.message.length, label).toBeGreaterThan(0);
    expect(error.messageZh.length, label).toBeGreaterThan(0);
  }
}

describe("fuzz: mutated images only ever give a result or an AppError", () => {
  const samples = [
    { name: "png", ...pngSample() },
    { name: "jpeg MM", ...jpegSample(tiffMM, false) },
    { name: "jpeg II", ...jpegSample(tiffII, true) },
    { name: "webp", ...webpSample() },
  ];

  it("the unmutated samples read back their metadata", () => {
    for (const { bytes } of samples) expect(readImageMetadata(bytes, { inflate: inflateZlib }).text.parameters).toBe(infotext);
  });

  for (const sample of samples) {
    it(`${sample.name}: 2,000 mutations`, () => {
      const seed = 0x5eed + sample.name.length;
      const random = mulberry32(seed);
      for (let i = 0; i < 2000; i++) {
        const bytes = mutate(sample.bytes, sample.fields, random);
        const label = `${sample.name} seed ${seed} iteration ${i}`;
        expectOnlyAppErrors(() => {
          const result = readImageMetadata(bytes, { inflate: inflateZlib });
          expect(["png", "jpeg", "webp"], label).toContain(result.format);
          for (const value of Object.values(result.text)) expect(typeof value, label).toBe("string");
        }, label);
        if (sample.name === "png") {
          expectOnlyAppErrors(() => readPngText(bytes, { inflate: inflateZlib }), label);
          expectOnlyAppErrors(() => writePngText(bytes, [{ keyword: "parameters", text: "x" }]), label);
        }
      }
    });
  }
});
