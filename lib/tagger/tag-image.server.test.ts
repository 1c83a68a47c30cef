import { useTestDatabase } from "@/tests/support/test-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { makePng } from "@/tests/support/test-images";
import { createDictionary } from "../dictionary/dictionary";
import type { DictionaryEntry } from "../dictionary/entry";
import { readExplicitRules } from "../dictionary/rules";
import { saveContentSettings } from "../settings/content-settings.server";
import { writeTinyClip } from "./clip/tiny-clip/make-tiny-clip";
import type { GlossContext } from "./gloss-tags";
import { addReaderModelFolder } from "./install-reader-model.server";
import { tagImage } from "./tag-image.server";
import { writeTinyTagger, type TinyTaggerOptions } from "./tiny-tagger/make-tiny-tagger";

useTestDatabase();
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

async function tinyTagger(name: string, options?: TinyTaggerOptions) {
  const folder = path.join(tmp("tiny-tagger-"), name);
  writeTinyTagger(folder, options);
  return (await addReaderModelFolder(folder, "tagger")).id;
}

const entry = (tag: string, zh: string, category: DictionaryEntry["category"] = "scene"): DictionaryEntry => ({ tag, zh, aliases: [], category, sub: "x", pop: 3 });
const dictionary = createDictionary([entry("1girl", "一个女孩", "subject"), entry("red background", "红色背景"), entry("green background", "绿色背景"),
  entry("blue sky", "蓝天"), entry("long hair", "长发", "appearance"), entry("nipples", "乳头", "appearance"), entry("hatsune miku", "初音未来", "character")]);
const context = (showExplicit = false): GlossContext => ({ dictionary, explicit: readExplicitRules("word\tnipples\n"), showExplicit });
const scores = (result: { tags: Array<{ name: string; score: number }> }) => Object.fromEntries(result.tags.map((t) => [t.name, Number(t.score.toFixed(3))]));

function transparentPng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(0);
  return new Uint8Array(PNG.sync.write(png));
}

describe("tags from an image with a WD-style tagger", () => {
  it("says how to get a tagger, or a CLIP model, when none is installed", async () => {
    await expect(tagImage(makePng(8, 8, [0, 0, 0]))).rejects.toMatchObject({ code: "model_unavailable", message: expect.stringContaining("npx promptstudio models pull SmilingWolf/wd-vit-tagger-v3") });
    await expect(tagImage(makePng(8, 8, [0, 0, 0]), { mode: "clip" })).rejects.toMatchObject({ code: "model_unavailable", message: expect.stringMatching(/^No CLIP model is installed, so photo mode is off\./) });
  });

  it("feeds BGR: a red image scores red_background high and blue_background low", async () => {
    const model = await tinyTagger("tiny-tagger");
    const result = await tagImage(makePng(32, 32, [255, 0, 0]), { context: context(), thresholds: { general: 0.01, character: 0.01 } });
    expect(result.model).toBe(model);
    expect(scores(result)).toMatchObject({ red_background: Number(sigmoid(4).toFixed(3)), blue_background: Number(sigmoid(-4).toFixed(3)), green_background: Number(sigmoid(-4).toFixed(3)) });
  });

  it("pads to a square with white before resizing, and puts transparency over white", async () => {
    // 60×30 red padded to 60×60: mean R 1, G and B 0.5 → red_background's logit −2 − 2 + 4 = 0.
    const wide = await tagImage(makePng(60, 30, [255, 0, 0]), { context: context(), thresholds: { general: 0.01, character: 0.01 } });
    expect(scores(wide).red_background).toBeCloseTo(0.5, 1);
    expect(scores(wide).white_background).toBeCloseTo(0.5, 1);
    const clear = await tagImage(transparentPng(20, 20), { context: context(), thresholds: { general: 0.01, character: 0.01 } });
    expect(scores(clear).white_background).toBeCloseTo(sigmoid(3), 2);
  });

  it("reads size and layout from the model: NCHW, free sizes and v2 names give the same tags", async () => {
    const green = makePng(50, 50, [0, 255, 0]);
    const expected = await tagImage(green, { context: context() });
    expect(expected.tags.map((t) => t.name)).toEqual(["hatsune_miku", "green_background", "1girl", "solo", "^_^"]);
    for (const [name, options] of [["nchw", { layout: "nchw", size: 64 }], ["free", { size: "free" }], ["v2", { inputName: "input_1:0", outputName: "predictions_sigmoid" }]] as const) {
      const model = await tinyTagger(name, options);
      const result = await tagImage(green, { model, context: context() });
      expect(result.tags.map((t) => t.name)).toEqual(expected.tags.map((t) => t.name));
      result.tags.forEach((t, i) => expect(t.score).toBeCloseTo(expected.tags[i].score, 2));
    }
  });

  it("applies the general and character thresholds and reports ratings apart", async () => {
    const model = await tinyTagger("thresholds");
    const white = makePng(16, 16, [255, 255, 255]);
    const byDefault = await tagImage(white, { model, context: context() });
    expect(byDefault.tags.map((t) => t.name)).toEqual(["white_background", "1girl", "solo", "^_^"]);
    expect(byDefault.ratings).toEqual([
      { name: "general", zh: "全年龄", score: expect.closeTo(sigmoid(2), 5) },
      { name: "sensitive", zh: "轻度敏感", score: expect.closeTo(sigmoid(-1), 5) },
      { name: "questionable", zh: "较敏感", score: expect.closeTo(sigmoid(-3), 5) },
      { name: "explicit", zh: "露骨", score: expect.closeTo(sigmoid(-4), 5) },
    ]);
    const lower = await tagImage(white, { model, context: context(), thresholds: { general: 0.3, character: 0.7 } });
    expect(lower.tags.map((t) => t.name)).toEqual(["white_background", "1girl", "saber_(fate)", "solo", "^_^", "looking_at_viewer"]);
  });

  it("glosses in Chinese, gives the prompt form, and hides explicit tags unless shown", async () => {
    const model = await tinyTagger("gloss");
    const image = makePng(16, 16, [255, 255, 255]);
    const hidden = await tagImage(image, { model, context: context(false), thresholds: { general: 0.3, character: 0.7 } });
    expect(hidden.hiddenExplicit).toBe(1);
    expect(hidden.tags.slice(0, 3)).toEqual([
      { tag: "white background", name: "white_background", zh: null, score: expect.closeTo(sigmoid(3), 2), kind: "general" },
      { tag: "1girl", name: "1girl", zh: "一个女孩", score: expect.closeTo(sigmoid(1.5), 2), kind: "general" },
      { tag: "saber \\(fate\\)", name: "saber_(fate)", zh: null, score: expect.closeTo(sigmoid(1), 2), kind: "character" },
    ]);
    expect(hidden.tags.find((t) => t.name === "^_^")?.tag).toBe("^_^");
    const shown = await tagImage(image, { model, context: context(true) });
    expect(shown.hiddenExplicit).toBe(0);
    expect(shown.tags.find((t) => t.name === "nipples")).toMatchObject({ tag: "nipples", zh: "乳头" });
  });

  it("uses the app's dictionary and the user's content setting by default", async () => {
    const model = await tinyTagger("app-dictionary");
    const image = makePng(16, 16, [255, 255, 255]);
    const hidden = await tagImage(image, { model });
    expect(hidden.tags.find((t) => t.name === "1girl")?.zh).toBe("一个女孩");
    expect(hidden.tags.find((t) => t.name === "white_background")?.zh).toBe("白色背景");
    expect(hidden).toMatchObject({ hiddenExplicit: 1 });
    await saveContentSettings({ showExplicit: true });
    const shown = await tagImage(image, { model });
    expect(shown.tags.map((t) => t.name)).toContain("nipples");
    await saveContentSettings({ showExplicit: false });
  });

  it("refuses a tagger whose files do not belong together, and images it cannot read", async () => {
    const folder = path.join(tmp("bad-tagger-"), "bad");
    writeTinyTagger(folder);
    fs.appendFileSync(path.join(folder, "selected_tags.csv"), "9999,extra_tag,0,1\n");
    await expect(addReaderModelFolder(folder, "tagger")).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("- model.onnx scores 15 tags but selected_tags.csv lists 16") });
    fs.rmSync(path.join(folder, "selected_tags.csv"));
    await expect(addReaderModelFolder(folder, "tagger")).rejects.toMatchObject({ message: expect.stringContaining("- selected_tags.csv is missing") });
    await expect(tagImage(new Uint8Array([1, 2, 3]), { context: context() })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/^The image could not be read/) });
  });
});

describe("tags from a photo with CLIP", () => {
  it("ranks the dictionary's photo tags with a CLIP in the transformers.js layout", async () => {
    const folder = path.join(tmp("tiny-clip-"), "tiny-clip");
    writeTinyClip(folder);
    const model = (await addReaderModelFolder(folder, "clip")).id;
    const red = makePng(40, 30, [255, 0, 0]);
    const result = await tagImage(red, { mode: "clip", context: context() });
    expect(result).toMatchObject({ mode: "clip", model, ratings: [], hiddenExplicit: 0 });
    // Characters and explicit tags are not candidates; "red" points the image's way, colourless texts tie (by name), then "blue" and "green".
    expect(result.tags.map((t) => t.name)).toEqual(["red background", "1girl", "long hair", "blue sky", "green background"]);
    expect(result.tags[0]).toEqual({ tag: "red background", name: "red background", zh: "红色背景", score: expect.any(Number), kind: "general" });
    expect(result.tags[0].score).toBeGreaterThan(0.5);
    const shown = await tagImage(red, { mode: "clip", context: context(true), clip: { top: 10 } });
    expect(shown.tags.map((t) => t.name)).toContain("nipples");
    expect((await tagImage(red, { mode: "clip", context: context(), clip: { top: 2 } })).tags).toHaveLength(2);
  });

  it("ranks with any embedder (the logic without a model)", async () => {
    const embedder = {
      embedImage: async () => Float32Array.from([0, 1]),
      embedTexts: async (texts: readonly string[]) => texts.map((t) => Float32Array.from(t.includes("sky") ? [0, 1] : [1, 0])),
    };
    const result = await tagImage(makePng(8, 8, [0, 0, 255]), { mode: "clip", context: context(), embedder, clip: { top: 1 } });
    expect(result.tags).toEqual([{ tag: "blue sky", name: "blue sky", zh: "蓝天", score: 1, kind: "general" }]);
  });
});
