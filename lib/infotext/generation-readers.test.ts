import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { GOLDEN } from "./fixtures/generation-golden";
import * as tools from "./fixtures/generator-metadata";
import type { MetadataEntries } from "./generation-reader";
import { GENERATION_READERS } from "./generation-readers";
import { readGenerationDataFromPaste, readGenerationDataFromText } from "./read-generation-data";

describe("readGenerationDataFromText over every tool's metadata", () => {
  for (const { name, entries, claimedBy, expected, partial } of GOLDEN) {
    it(name, () => {
      expect(GENERATION_READERS.filter((r) => r.claims(entries)).map((r) => r.source)).toEqual(claimedBy);
      const data = readGenerationDataFromText(entries);
      if (partial) expect(data).toMatchObject(expected);
      else expect(data).toEqual(expected);
      expect(typeof data.prompt).toBe("string");
      expect(typeof data.negative).toBe("string");
    });
  }
});

describe("detection never guesses", () => {
  const errorOf = (entries: MetadataEntries) => {
    try {
      readGenerationDataFromText(entries);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return error as AppError;
    }
    throw new Error("expected an AppError");
  };

  it("claims nothing without a tool's signature, and names the entries that were there", () => {
    const gimp = errorOf({ Software: "GIMP 2.10", Comment: "Created with GIMP" });
    expect(gimp.message).toMatch(/^No generation data found: the image's metadata \("Software", "Comment"\) holds no prompt written by AUTOMATIC1111 \/ Forge, .* or Draw Things\.$/);
    expect(gimp.messageZh).toContain('"Software"');
    expect(gimp.details).toEqual({ reason: "no_generation_data", entries: ["Software", "Comment"] });
    expect(errorOf({}).message).toBe("No generation data found: the image carries no text metadata (many sites strip it).");
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key${i}`, "x"]));
    expect(errorOf(many).message).toContain('"key11" and 8 more');
  });

  it("never reads a JSON parameters entry as A1111 text", () => {
    const error = errorOf({ parameters: JSON.stringify({ prompt: "a cat", steps: 20 }) });
    expect(error.message).toContain('Its "parameters" entry is JSON in a layout none of them writes.');
    expect(errorOf({ parameters: "[1, 2]" }).message).toContain("JSON");
    // Dynamic-prompt braces are text, not JSON.
    expect(readGenerationDataFromText({ parameters: "{red|blue} car\nSteps: 20, Sampler: Euler, Seed: 3" })).toMatchObject({ source: "a1111", prompt: "{red|blue} car" });
  });

  it("leaves other tools' look-alike entries alone", () => {
    const photoshop = { "XML:com.adobe.xmp": tools.drawThingsXmp(tools.drawThingsSettings, "Adobe Photoshop 25.0") };
    expect(errorOf(photoshop).message).toContain('"XML:com.adobe.xmp"');
    expect(errorOf({ prompt: "a cat, plain text" }).message).toContain('"prompt"');
    expect(errorOf({ Comment: JSON.stringify({ note: "not NovelAI" }) }).message).toContain('"Comment"');
    expect(errorOf({ parameters: JSON.stringify({ version: "Other v1" }) }).message).toContain("JSON");
  });

  it("throws clear errors for damaged metadata of a claimed tool", () => {
    expect(errorOf({ invokeai_metadata: "{oops" }).message).toMatch(/InvokeAI metadata \("invokeai_metadata"\) is not a JSON object/);
    expect(errorOf({ invokeai_graph: JSON.stringify({ nodes: {}, edges: [] }) }).message).toMatch(/no denoise node/);
    expect(errorOf({ parameters: "a cat\nSteps: 1, Seed: 2, Size: 3x4", fooocus_scheme: "fooocus" }).message).toMatch(/does not match its scheme/);
    const noSettings = { "XML:com.adobe.xmp": '<x:xmpmeta><rdf:Description xmp:CreatorTool="Draw Things"/></x:xmpmeta>' };
    expect(errorOf(noSettings).message).toMatch(/Draw Things metadata has no readable settings/);
    expect(errorOf({ prompt: "{not json" }).message).toMatch(/ComfyUI data is not valid JSON/);
  });
});

describe("readGenerationDataFromPaste", () => {
  it("reads pasted JSON of SwarmUI, Fooocus and Easy Diffusion by the same signatures", () => {
    expect(readGenerationDataFromPaste(tools.swarmUi.parameters).source).toBe("swarmui");
    expect(readGenerationDataFromPaste(tools.fooocusJson.parameters).source).toBe("fooocus");
    expect(readGenerationDataFromPaste(tools.easyDiffusionJson.parameters).source).toBe("easydiffusion");
    expect(readGenerationDataFromPaste(tools.fooocusA1111.parameters).source).toBe("fooocus");
  });
});
