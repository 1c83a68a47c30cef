import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getClipTokenizer } from "../tokenizer/load.server";
import { CATEGORIES, normalizeTag } from "./entry";
import { loadBuiltinEntries } from "./load.server";
import { parseDictionaryFile } from "./parse-data";

const entries = loadBuiltinEntries();

describe("the built-in dictionary data", () => {
  it("has at least 5,000 entries, each with a Chinese name, in every category", () => {
    expect(entries.length).toBeGreaterThanOrEqual(5000);
    for (const category of CATEGORIES) expect(entries.filter((e) => e.category === category).length, category).toBeGreaterThanOrEqual(100);
  });

  it("has no duplicate tags (case, underscores and spacing ignored)", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const e of entries) {
      const key = normalizeTag(e.tag);
      if (seen.has(key)) duplicates.push(`${e.tag} (${seen.get(key)} and ${e.category})`);
      else seen.set(key, e.category);
    }
    expect(duplicates).toEqual([]);
  });

  it("writes tags as prompts expect them", () => {
    // Danbooru's qualifiers stay as written ("bow (weapon)", "jeanne d'arc (ruler) (fate)"); insertion escapes them.
    // Kaomoji tags (":|", ">_o") are symbols, not words, and keep their characters.
    const qualified = /^[^()[\]{}<>,|_]+( \([^()]+\))+$/;
    const kaomoji = (tag: string) => !/[a-z]{2}/i.test(tag);
    const bad = entries.filter((e) => e.category !== "emoji" && !kaomoji(e.tag) && ((/[_,|]|[()[\]{}<>]/.test(e.tag) && !qualified.test(e.tag)) || e.tag !== e.tag.trim() || /\s{2}/.test(e.tag)));
    expect(bad.map((e) => e.tag)).toEqual([]);
    const selfAliases = entries.filter((e) => e.aliases.some((a) => normalizeTag(a) === normalizeTag(e.tag) && a === e.tag));
    expect(selfAliases.map((e) => e.tag)).toEqual([]);
  });

  it("tokenizes every tag to a sane number of CLIP tokens", () => {
    const tokenizer = getClipTokenizer();
    const odd = entries.filter((e) => {
      const n = tokenizer.encode(e.tag).length;
      return n < 1 || n > 20;
    });
    expect(odd.map((e) => e.tag)).toEqual([]);
  });
});

describe("loadBuiltinEntries", () => {
  it("refuses a folder with a malformed file, naming the file and line", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dict-"));
    fs.writeFileSync(path.join(dir, "scene.jsonl"), '{"tag":"cafe","zh":"咖啡馆","category":"scene","sub":"indoor","pop":4}\n{"tag": oops}\n');
    expect(() => loadBuiltinEntries(dir)).toThrow(/scene\.jsonl:2: not valid JSON/);
  });
});

describe("parseDictionaryFile", () => {
  it("names the file and line of every malformed entry", () => {
    const text = ['{"tag":"cafe","zh":"咖啡馆","category":"scene","sub":"indoor","pop":4}', "{oops", '{"tag":"x","zh":"no chinese","category":"scene","sub":"s","pop":1}',
      '{"tag":"y","zh":"猫","category":"pose","sub":"s","pop":1}'].join("\n");
    const { entries: ok, errors } = parseDictionaryFile("scene.jsonl", text);
    expect(ok.map((e) => e.tag)).toEqual(["cafe"]);
    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual(["scene.jsonl:2", "scene.jsonl:3", "scene.jsonl:4"]);
    expect(errors[1].message).toContain("Chinese");
    expect(errors[2].message).toContain("does not match");
  });
});
