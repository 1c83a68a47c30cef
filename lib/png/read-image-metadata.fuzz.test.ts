import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildJpeg, buildPng, buildTextChunk, buildTiff, buildUserComment, buildWebp, concatBytes, deflate, latin1Bytes } from "./fixtures/build-images";
import { inflateZlib } from "./inflate.server";
import { readJpegSegments } from "./jpeg-segments";
import { encodePngChunk, readPngChunks } from "./png-chunks";
import { readPngText, writePngText } from "./png-text";
import { readImageMetadata } from "./read-image-metadata";
import { readWebpChunks } from "./webp-chunks";
import { GOLDEN } from "../infotext/fixtures/generation-golden";
import { GENERATION_SOURCE_NAMES, type GenerationData } from "../infotext/generation-data";
import { readGenerationDataFromText } from "../infotext/read-generation-data";
import { readImageGenerationDataWithPixels } from "../infotext/read-image.server";
import { buildPixels, encodeRawPng, hideStealthText } from "./fixtures/build-stealth";
import { mulberry32, mutate, type LengthField } from "./fixtures/mutate-bytes";
import { readStealthHeader, readStealthPayload } from "./stealth-bits";

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

function expectOnlyAppErrors(run: () => unknown, label: string) {
  try {
    run();
  } catch (error) {
    expectAppError(error, label);
  }
}

function expectAppError(error: unknown, label: string) {
  if (!(error instanceof AppError)) throw new Error(`${label}: ${String(error)}`, { cause: error });
  expect(error.code, label).toBe("invalid_input");
  expect(error.message.length, label).toBeGreaterThan(0);
  expect(error.messageZh.length, label).toBeGreaterThan(0);
}

// What every reader promises whatever the input: a known source, text prompts, parameters as plain values.
function expectGenerationData(data: GenerationData, label: string) {
  expect(Object.keys(GENERATION_SOURCE_NAMES), label).toContain(data.source);
  expect(typeof data.prompt, label).toBe("string");
  expect(typeof data.negative, label).toBe("string");
  for (const value of Object.values(data.params)) expect(["string", "number", "boolean"], label).toContain(typeof value);
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

const ODD_VALUES: unknown[] = [null, 0, -1, 1e308, "", "None", "x".repeat(300), [], {}, [1, "a", null], { a: { b: [] } }, true, "{", "__proto__"];

// Swaps random parts of a JSON value for values of other types (the readers' type confusion).
function scramble(value: unknown, random: () => number, depth = 0): unknown {
  if (random() < 0.15 || depth > 6) return ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
  if (Array.isArray(value)) return value.map((v) => scramble(v, random, depth + 1));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scramble(v, random, depth + 1)]));
  return value;
}

function scrambleText(text: string, random: () => number): string {
  const pick = (n: number) => Math.floor(random() * n);
  const at = pick(text.length + 1);
  const cut = [text.slice(0, at), ["<", "&#x110000;", '"', "\\", "[", "]", " -s", "}", ""][pick(9)], text.slice(at + pick(40))];
  return cut.join("");
}

describe("fuzz: every tool's metadata, mutated, reads as generation data or an AppError", () => {
  it("each tool's PNG: 300 byte mutations", () => {
    for (const [index, { name, entries }] of GOLDEN.entries()) {
      const bytes = writePngText(buildPng(), Object.entries(entries).map(([keyword, text]) => ({ keyword, text })));
      const fields: LengthField[] = readPngChunks(bytes).chunks.map((c) => ({ at: c.offset, width: 4, little: false }));
      const seed = 0x70015 + index;
      const random = mulberry32(seed);
      for (let i = 0; i < 300; i++) {
        const label = `${name} seed ${seed} iteration ${i}`;
        const mutated = mutate(bytes, fields, random);
        expectOnlyAppErrors(() => expectGenerationData(readGenerationDataFromText(readImageMetadata(mutated, { inflate: inflateZlib }).text), label), label);
      }
    }
  });

  it("each tool's entries with values of the wrong type or cut text: 300 each", () => {
    for (const [index, { name, entries }] of GOLDEN.entries()) {
      const seed = 0x7e7 + index;
      const random = mulberry32(seed);
      for (let i = 0; i < 300; i++) {
        const label = `${name} seed ${seed} iteration ${i}`;
        const mutated = Object.fromEntries(Object.entries(entries).map(([key, text]) => {
          try {
            return [key, JSON.stringify(scramble(JSON.parse(text), random))];
          } catch {
            return [key, scrambleText(text, random)];
          }
        }));
        expectOnlyAppErrors(() => expectGenerationData(readGenerationDataFromText(mutated), label), label);
      }
    }
  });
});

describe("fuzz: stealth PNG info", () => {
  it("pixels with flipped low bits: 3,000 header and payload reads", () => {
    const random = mulberry32(0x57ea1);
    for (const signature of ["stealth_pnginfo", "stealth_rgbcomp"]) {
      const source = hideStealthText(buildPixels(24, 20, 4), "a cat\nSteps: 20, Seed: 1, Sampler: Euler", signature);
      for (let i = 0; i < 1500; i++) {
        const label = `${signature} iteration ${i}`;
        const data = source.data.slice();
        // Mostly the first columns, where the signature and the length sit.
        for (let k = 0; k < 1 + Math.floor(random() * 3); k++) data[(Math.floor(random() * 20) * 24 + Math.floor(random() * 8)) * 4 + Math.floor(random() * 4)] ^= 1;
        const pixels = { ...source, data };
        expectOnlyAppErrors(() => {
          const header = readStealthHeader(pixels, { imagePixels: 480, maxPayloadBytes: 1000 });
          if (header) expect(readStealthPayload(pixels, header).length, label).toBe(header.bitLength / 8);
        }, label);
      }
    }
  });

  it("stealth PNGs with mutated bytes: 200 full reads through sharp", async () => {
    const random = mulberry32(0x57ea2);
    const bytes = encodeRawPng(hideStealthText(buildPixels(40, 32, 4), "a cat\nSteps: 20, Seed: 1, Sampler: Euler", "stealth_pngcomp"));
    expect(await readImageGenerationDataWithPixels(bytes)).toMatchObject({ prompt: "a cat", hiddenIn: "alpha" });
    const fields: LengthField[] = readPngChunks(bytes).chunks.map((c) => ({ at: c.offset, width: 4, little: false }));
    for (let i = 0; i < 200; i++) {
      const label = `stealth png iteration ${i}`;
      try {
        expectGenerationData(await readImageGenerationDataWithPixels(mutate(bytes, fields, random)), label);
      } catch (error) {
        expectAppError(error, label);
      }
    }
  });
});
