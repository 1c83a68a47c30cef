import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "../dictionary/builtin.server";
import { isolateSubjects, recognizeInput } from "./recognize";

const dict = getBuiltinDictionary();

describe("recognizeInput", () => {
  const cases: Array<{ text: string; tags: string[]; unknown?: string }> = [
    { text: "女孩坐在咖啡馆", tags: ["1girl", "sitting in cafe"] },
    { text: "城市夜景", tags: ["night city"] },
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

describe("isolateSubjects", () => {
  it("sets people and animals apart unless a longer name starts there", () => {
    expect(isolateSubjects(dict, "女孩坐在咖啡馆")).toBe("女孩，坐在咖啡馆");
    expect(isolateSubjects(dict, "猫耳女孩")).toBe("猫耳，女孩");
    expect(isolateSubjects(dict, "城市夜景")).toBe("城市夜景");
  });
});
