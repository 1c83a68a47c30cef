import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "../dictionary/builtin.server";
import { lookupTag } from "../dictionary/dictionary";
import { translatePrompt } from "../dictionary/translate";
import { readChinese, type TagSink } from "./read-chinese";
import { isolateSubjects, recognizeInput } from "./recognize";

const dict = getBuiltinDictionary();

describe("recognizeInput", () => {
  const cases: Array<{ text: string; tags: string[]; unknown?: string }> = [
    { text: "女孩坐在咖啡馆", tags: ["1girl", "sitting in cafe"] },
    { text: "量子纠缠态城堡", tags: ["castle"], unknown: "量子纠缠态" },
    { text: "一只猫在窗台上", tags: ["cat", "windowsill"] },
    { text: "a knight in the forest", tags: ["knight", "forest"] },
    { text: "girl sitting in a cafe drinking coffee", tags: ["girl", "sitting", "cafe", "drinking coffee"] },
    { text: "猫耳女孩在量子纠缠态里", tags: ["cat ears", "1girl"], unknown: "量子纠缠态" },
    { text: "(女孩:1.2), 坐在咖啡馆", tags: ["(1girl:1.2)", "sitting in cafe"] },
    { text: "[猫:骑士:0.5], <lora:x:0.8>, masterpiece", tags: ["[cat:knight:0.5]", "<lora:x:0.8>", "masterpiece"] },
    { text: "1girl 微笑, detailed skin", tags: ["1girl", "smile", "detailed skin"] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const input = recognizeInput(dict, c.text);
      expect(input.tags.map((t) => t.tag)).toEqual(c.tags);
      expect(input.tags.every((t) => !t.added)).toBe(true);
      expect(input.unknown.join("")).toBe(c.unknown ?? "");
    });
  }

  it("finds what longer phrases name, people aside", () => {
    expect(recognizeInput(dict, "女孩坐在咖啡馆").concepts.map((c) => c.tag)).toEqual(["1girl", "sitting in cafe", "sitting", "cafe"]);
    expect(recognizeInput(dict, "cat ears").concepts.map((c) => c.tag)).toEqual(["cat ears", "ears"].filter((t) => dict.byTag.has(t)));
  });
});

describe("reading Chinese word by word", () => {
  // Whatever the translation reads (it is being improved), every dictionary tag it finds is kept, none is glued to
  // an unknown neighbour, and no tag holds Chinese.
  const texts = ["城市夜景", "香水瓶产品摄影，大理石台面", "巨龙盘踞在城堡上空", "宇宙飞船驶过星云", "湖边的小木屋，清晨，薄雾", "赛博朋克风格的城市，霓虹灯，雨夜"];
  for (const text of texts) {
    it(`keeps every tag the translation of ${text} reads`, () => {
      const input = recognizeInput(dict, text);
      const keys = new Set(input.concepts.map((c) => c.tag));
      for (const part of text.split("，")) {
        for (const t of translatePrompt(dict, isolateSubjects(dict, part), "zh-en").tags) {
          const entry = t.known ? lookupTag(dict, t.target) : undefined;
          if (entry && t.source !== "风格") expect(keys.has(entry.entry.tag), `${text}: ${t.target}`).toBe(true);
        }
      }
      expect(input.tags.some((t) => /\p{Script=Han}/u.test(t.tag))).toBe(false);
    });
  }

  it("tells a sink each translation with its Chinese source", () => {
    const calls: string[] = [];
    const sink: TagSink = { written: (raw) => calls.push(`written ${raw}`), translated: (tag, zh) => calls.push(`${zh}=${tag}`), unknown: (u) => calls.push(`? ${u}`) };
    readChinese(dict, "女孩坐在咖啡馆", sink);
    expect(calls).toEqual(["女孩=1girl", "坐在咖啡馆=sitting in cafe"]);
    calls.length = 0;
    readChinese(dict, "1girl 微笑", sink);
    expect(calls).toEqual(["written 1girl", "微笑=smile"]);
  });
});

describe("isolateSubjects", () => {
  it("sets people and animals apart unless a longer name starts there", () => {
    expect(isolateSubjects(dict, "女孩坐在咖啡馆")).toBe("女孩，坐在咖啡馆");
    expect(isolateSubjects(dict, "猫耳女孩")).toBe("猫耳，女孩");
    expect(isolateSubjects(dict, "城市夜景")).toBe("城市夜景");
  });
});
