import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getClipTokenizer } from "../tokenizer/load.server";
import { CATEGORIES, normalizeTag } from "./entry";
import { loadBuiltinEntries } from "./load.server";
import { parseDictionaryFile } from "./parse-data";
import { lookupTag } from "./dictionary";
import { getBuiltinDictionary } from "./builtin.server";
import { loadDanbooruTags } from "./completion-data.server";
import { parseTsv } from "./rules";
import { translatePrompt } from "./translate";

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

describe("the data rules", () => {
  const rules = (name: string) => parseTsv(fs.readFileSync(path.join(process.cwd(), "dictionaries", name), "utf8"));
  const HAN = /\p{Script=Han}/u;
  const keysOf = (e: (typeof entries)[number]) => [e.zh, ...e.aliases.filter((a) => HAN.test(a))].map((k) => k.trim().toLowerCase());

  it("allows a one-character Chinese key only where single-char-keys.tsv lists it for that tag", () => {
    const allowed = new Set(rules("single-char-keys.tsv").map(([char, tag]) => `${char}\t${normalizeTag(tag)}`));
    const bad = entries.flatMap((e) => keysOf(e).filter((k) => [...k].length === 1 && !allowed.has(`${k}\t${normalizeTag(e.tag)}`)).map((k) => `${k} → ${e.tag}`));
    expect(bad).toEqual([]);
  });

  it("states which tag a Chinese key shared by several entries means (zh-priority.tsv), naming one of them", () => {
    const owners = new Map<string, Set<string>>();
    for (const e of entries) for (const k of keysOf(e)) owners.set(k, (owners.get(k) ?? new Set()).add(normalizeTag(e.tag)));
    const priority = new Map(rules("zh-priority.tsv").map(([key, tag]) => [key.toLowerCase(), normalizeTag(tag)]));
    const shared = [...owners].filter(([, tags]) => tags.size > 1);
    expect(shared.filter(([key, tags]) => !tags.has(priority.get(key) ?? "")).map(([key, tags]) => `${key}: ${[...tags].join(" | ")}`)).toEqual([]);
    expect([...priority.keys()].filter((key) => (owners.get(key)?.size ?? 0) < 2)).toEqual([]);
  });

  it("maps every phrase in zh-phrases.tsv to tags the dictionary or Danbooru knows", () => {
    const dict = getBuiltinDictionary();
    const danbooru = new Set(loadDanbooruTags().map((t) => normalizeTag(t.name)));
    const unknown = rules("zh-phrases.tsv").flatMap(([, tags]) => tags.split(",").map((t) => t.trim())).filter((t) => !lookupTag(dict, t) && !danbooru.has(normalizeTag(t)));
    expect(unknown).toEqual([]);
  });

  it("never lets an emoji or kaomoji entry translate an ordinary word", () => {
    const dict = getBuiltinDictionary();
    const names = entries.filter((e) => e.category === "emoji").flatMap((e) => [e.zh, ...e.aliases.filter((a) => HAN.test(a))]);
    const emojiTags = new Set(entries.filter((e) => e.category === "emoji").map((e) => e.tag));
    for (const name of names) expect(translatePrompt(dict, name, "zh-en").text.split(", ").filter((t) => emojiTags.has(t)), name).toEqual([]);
    for (const word of ["眼睛", "看", "爱", "星星", "思考", "微笑", "哭", "笑"]) expect(/\p{Extended_Pictographic}/u.test(translatePrompt(dict, word, "zh-en").text), word).toBe(false);
  });

  it("keeps the reported mistakes fixed", () => {
    const dict = getBuiltinDictionary();
    const zh = (text: string) => translatePrompt(dict, text, "zh-en").text;
    expect([zh("猩猩"), zh("大猩猩"), zh("长枪"), zh("枪"), zh("风衣"), zh("冲锋衣"), zh("绵羊"), zh("山羊")])
      .toEqual(["orangutan", "gorilla", "spear", "gun", "trench coat", "windbreaker", "sheep", "goat"]);
    expect(lookupTag(dict, "klein blue")?.entry.category).toBe("color-effects");
    expect(zh("面, 牛, 包, 角")).not.toMatch(/noodles|cow|bag/);
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
