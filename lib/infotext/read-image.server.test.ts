import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { buildJpeg, buildPng, buildTextChunk, buildTiff, buildUserComment, buildWebp, latin1Bytes } from "../png/fixtures/build-images";
import { buildPixels, encodeRawPng, hideStealthText } from "../png/fixtures/build-stealth";
import { writePngText } from "../png/png-text";
import { GOLDEN } from "./fixtures/generation-golden";
import * as tools from "./fixtures/generator-metadata";
import { readImageFileGenerationData } from "./read-image-file.server";
import { readImageGenerationData, readImageGenerationDataWithPixels } from "./read-image.server";

const infotext = "一只猫, (masterpiece:1.2)\nNegative prompt: blurry\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 42, Size: 48x40";
const pngOf = (entries: Record<string, string>) => writePngText(buildPng(), Object.entries(entries).map(([keyword, text]) => ({ keyword, text })));
const exifJpeg = (text: string) => buildJpeg({ tiff: buildTiff("MM", buildUserComment(text, "unicode-be")) });
const errorOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected an AppError");
};

describe("every tool's metadata read out of a PNG", () => {
  for (const { name, entries, expected, partial } of GOLDEN) {
    it(name, async () => {
      const png = pngOf(entries);
      for (const data of [readImageGenerationData(png), await readImageGenerationDataWithPixels(png)]) {
        if (partial) expect(data).toMatchObject(expected);
        else expect(data).toEqual(expected);
      }
    });
  }

  it("reads Draw Things' XMP from the iTXt chunk it writes", () => {
    const utf8 = new TextEncoder().encode(tools.drawThings["XML:com.adobe.xmp"]);
    const png = buildPng({ before: [buildTextChunk("iTXt", "XML:com.adobe.xmp", [0, 0, 0, 0, ...utf8])] });
    expect(readImageGenerationData(png).source).toBe("drawthings");
  });
});

describe("JPEG and WebP: JSON in the EXIF UserComment, XMP in APP1 / XMP chunk", () => {
  const cases = [
    { name: "SwarmUI JPEG", bytes: exifJpeg(tools.swarmUi.parameters), source: "swarmui", prompt: "a snowy street at night" },
    { name: "Easy Diffusion JPEG", bytes: exifJpeg(tools.easyDiffusionJson.parameters), source: "easydiffusion", prompt: "a paper boat" },
    { name: "Fooocus JPEG (scheme in MakerNote, version in JSON)", bytes: exifJpeg(tools.fooocusJson.parameters), source: "fooocus", prompt: "a cat in a hat, cinematic still, a cat in a hat, highly detailed" },
    { name: "Fooocus JPEG, a1111 scheme", bytes: exifJpeg(tools.fooocusA1111.parameters), source: "fooocus", prompt: "a cat in a hat, cinematic still, a cat in a hat, highly detailed" },
    { name: "Draw Things JPEG", bytes: buildJpeg({ xmp: tools.drawThings["XML:com.adobe.xmp"] }), source: "drawthings", prompt: "a glass teapot, <macro>" },
    { name: "SwarmUI WebP", bytes: buildWebp({ exif: buildTiff("II", buildUserComment(tools.swarmUi.parameters, "unicode-le")) }), source: "swarmui", prompt: "a snowy street at night" },
    { name: "Draw Things WebP", bytes: buildWebp({ xmp: tools.drawThings["XML:com.adobe.xmp"] }), source: "drawthings", prompt: "a glass teapot, <macro>" },
  ];
  for (const { name, bytes, source, prompt } of cases) {
    it(name, async () => {
      expect(readImageGenerationData(bytes)).toMatchObject({ source, prompt });
      expect(await readImageGenerationDataWithPixels(bytes)).toMatchObject({ source, prompt });
    });
  }
});

describe("stealth PNG info", () => {
  for (const signature of ["stealth_pnginfo", "stealth_pngcomp", "stealth_rgbinfo", "stealth_rgbcomp"]) {
    it(`reads A1111 text hidden as ${signature}`, async () => {
      const png = encodeRawPng(hideStealthText(buildPixels(48, 40, 4), infotext, signature));
      expect(await readImageGenerationDataWithPixels(png)).toMatchObject({
        source: "a1111", prompt: "一只猫, (masterpiece:1.2)", negative: "blurry", params: { Seed: "42", "Size-1": "48" },
        hiddenIn: signature.includes("rgb") ? "rgb" : "alpha",
      });
    });
  }

  it("reads NovelAI's text chunks hidden as JSON in the alpha channel", async () => {
    const png = encodeRawPng(hideStealthText(buildPixels(64, 64, 4), JSON.stringify(tools.novelAi), "stealth_pngcomp"));
    const expected = GOLDEN.find((g) => g.name === "NovelAI")!.expected;
    expect(await readImageGenerationDataWithPixels(png)).toEqual({ ...expected, hiddenIn: "alpha" });
  });

  it("reads it from a lossless WebP, and prefers text chunks as the extension does", async () => {
    const sharp = (await import("sharp")).default;
    const pixels = hideStealthText(buildPixels(48, 40, 4), infotext, "stealth_pngcomp");
    const webp = await sharp(pixels.data, { raw: { width: 48, height: 40, channels: 4 } }).webp({ lossless: true }).toBuffer();
    expect(await readImageGenerationDataWithPixels(new Uint8Array(webp))).toMatchObject({ source: "a1111", hiddenIn: "alpha" });
    const both = writePngText(encodeRawPng(pixels), [{ keyword: "parameters", text: "chunk text\nSteps: 1, Seed: 2, Sampler: Euler" }]);
    const data = await readImageGenerationDataWithPixels(both);
    expect(data.prompt).toBe("chunk text");
    expect(data.hiddenIn).toBeUndefined();
  });

  it("says the pixels were searched when nothing was found, and names the chunks there were", async () => {
    const png = encodeRawPng(buildPixels(48, 40, 4), [buildTextChunk("tEXt", "Software", latin1Bytes("GIMP"))]);
    const error = await errorOf(() => readImageGenerationDataWithPixels(png));
    expect(error.message).toMatch(/^No generation data found: the image's metadata \("Software"\) holds no prompt .*, nor PNG info hidden in its pixels\.$/);
    const bare = await errorOf(() => readImageGenerationDataWithPixels(encodeRawPng(buildPixels(8, 8, 3))));
    expect(bare.message).toBe("No generation data found: the image carries no text metadata, nor PNG info hidden in its pixels (many sites strip it).");
    const jpeg = await errorOf(() => readImageGenerationDataWithPixels(buildJpeg()));
    expect(jpeg.message).toBe("No generation data found: the image carries no text metadata (many sites strip it).");
  });
});

describe("readImageFileGenerationData", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pnginfo-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads one file, or says clearly why not", async () => {
    const file = path.join(dir, "swarm.png");
    fs.writeFileSync(file, pngOf(tools.swarmUi));
    expect(await readImageFileGenerationData(file)).toMatchObject({ source: "swarmui", prompt: "a snowy street at night", negative: "daylight" });
    const stealth = path.join(dir, "stealth.png");
    fs.writeFileSync(stealth, encodeRawPng(hideStealthText(buildPixels(48, 40, 4), infotext, "stealth_pnginfo")));
    expect(await readImageFileGenerationData(stealth)).toMatchObject({ source: "a1111", hiddenIn: "alpha" });
    fs.writeFileSync(path.join(dir, "notes.txt"), "hello");
    const cases = [
      [path.join(dir, "missing.png"), "not_found", /No such file/],
      [dir, "invalid_input", /is a folder/],
      [path.join(dir, "notes.txt"), "invalid_input", /not a PNG, JPEG or WebP/],
    ] as const;
    for (const [target, code, message] of cases) {
      const error = await errorOf(() => readImageFileGenerationData(target));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
    }
  });
});
