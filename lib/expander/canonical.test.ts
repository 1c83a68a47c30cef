import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "../dictionary/builtin.server";
import { parsePrompt } from "../prompt/parse";
import { canonicalizeTag, normalizeCategory, sortTags } from "./canonical";
import { buildLlmResult, readInputContext } from "./llm-result";
import { parseReply } from "./parse-reply";

const dict = getBuiltinDictionary();
const one = (tag: string, extra: object = {}) => canonicalizeTag(dict, { tag, ...extra }).tags;

describe("canonicalizeTag", () => {
  const cases: Array<{ raw: string; zh?: string; category?: string; want: { tag: string; zh: string; category: string } }> = [
    { raw: "Blonde_Hair", want: { tag: "blonde hair", zh: "金发", category: "appearance" } },
    { raw: "(blonde hair:1.2)", want: { tag: "(blonde hair:1.2)", zh: "金发", category: "appearance" } },
    { raw: "((masterpiece))", want: { tag: "(masterpiece:1.21)", zh: "杰作", category: "quality" } },
    { raw: "cats", want: { tag: "cat", zh: "猫", category: "subject" } },
    { raw: "blond hair", zh: "随便", want: { tag: "blonde hair", zh: "金发", category: "appearance" } },
    { raw: "咖啡馆", want: { tag: "cafe", zh: "咖啡馆", category: "scene" } },
    { raw: "glowing crystal lantern", zh: "发光水晶灯", category: "background", want: { tag: "glowing crystal lantern", zh: "发光水晶灯", category: "scene" } },
    { raw: "tiny red ribbon", want: { tag: "tiny red ribbon", zh: "未收录", category: "clothing" } },
    { raw: "lowres", category: "negative", want: { tag: "lowres", zh: "低分辨率", category: "other" } },
    { raw: "[cat:dog:10]", want: { tag: "[cat:dog:10]", zh: "[猫:狗:10]", category: "other" } },
    { raw: "<lora:style:0.8>", want: { tag: "<lora:style:0.8>", zh: "<lora:style:0.8>", category: "other" } },
    { raw: "zorblax \\(cosplay\\)", want: { tag: "zorblax \\(cosplay\\)", zh: "未收录", category: "other" } },
  ];
  for (const c of cases) {
    it(`${c.raw} → ${c.want.tag}`, () => {
      const [got] = one(c.raw, { ...(c.zh ? { zh: c.zh } : {}), ...(c.category ? { category: c.category } : {}) });
      expect({ tag: got.tag, zh: got.zh, category: got.category }).toEqual(c.want);
    });
  }

  it("splits a tag that holds several and returns unreadable Chinese as unknown", () => {
    expect(one("blue eyes, smile").map((t) => t.tag)).toEqual(["blue eyes", "smile"]);
    expect(canonicalizeTag(dict, { tag: "量子纠缠态" })).toEqual({ tags: [], unknown: ["量子纠缠态"] });
  });

  it("every canonical tag is valid prompt syntax", () => {
    for (const raw of ["a (b", "x:1.2)", "[[blurry]]", "(cat:abc)", "smile\\", "((a)", "b]"]) {
      for (const t of one(raw)) expect(parsePrompt(t.tag).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    }
  });
});

describe("normalizeCategory and sortTags", () => {
  it("maps a model's category names onto the groups", () => {
    expect(["hair", "Outfit", "background", "composition", "art style", "colors", "weird"].map(normalizeCategory))
      .toEqual(["appearance", "clothing", "scene", "camera", "style", "color-effects", "other"]);
  });

  it("orders subject, appearance, clothing, pose, scene, lighting, camera, quality and style", () => {
    const tags = (["style", "scene", "subject", "quality", "pose", "clothing", "lighting", "camera", "appearance"] as const).map((category) => ({ category }));
    expect(sortTags(tags).map((t) => t.category)).toEqual(["subject", "appearance", "clothing", "pose", "scene", "lighting", "camera", "quality", "style"]);
  });
});

describe("buildLlmResult", () => {
  it("makes a canonical, ordered, formatted prompt and marks what the input already had", () => {
    const reply = parseReply(JSON.stringify({
      tags: [
        { tag: "Masterpiece", zh: "杰作", category: "quality" }, { tag: "cafe", zh: "咖啡馆", category: "scene" },
        { tag: "1girl", zh: "一个女孩", category: "subject" }, { tag: "blonde_hair", zh: "金发", category: "hair" },
        { tag: "1girl", zh: "重复", category: "subject" },
      ],
      negative: ["lowres", "bad_hands, blurry"],
    }));
    const result = buildLlmResult(dict, reply, readInputContext(dict, "女孩坐在咖啡馆"));
    expect(result.prompt).toBe("1girl, blonde hair, cafe, masterpiece");
    expect(result.negative).toBe("lowres, bad hands, blurry");
    expect(result.tags.map((t) => [t.tag, t.added])).toEqual([["1girl", false], ["blonde hair", true], ["cafe", false], ["masterpiece", true]]);
    expect(result.source).toBe("llm");
  });

  it("tells added tags by the words of an English input", () => {
    const result = buildLlmResult(dict, parseReply('{"tags":[{"tag":"knight"},{"tag":"armor"},{"tag":"forest"}]}'), readInputContext(dict, "a knight in the forest"));
    expect(result.tags.map((t) => t.added)).toEqual([false, true, false]);
  });
});
