import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "./builtin.server";
import { glossTag, translatePrompt } from "./translate";

const dict = getBuiltinDictionary();

describe("translatePrompt zh → en", () => {
  it("translates the issue's example, keeping every bracket, weight and separator", () => {
    const out = translatePrompt(dict, "(金色长发:1.2), 白色连衣裙, 坐在咖啡馆, [微笑|大笑]", "zh-en");
    expect(out.text).toBe("(blonde hair, long hair:1.2), white dress, sitting in cafe, [smile|laughing]");
    expect(out.unknown).toEqual([]);
  });

  it("keeps English, editing steps and extra networks as written", () => {
    const out = translatePrompt(dict, "masterpiece, [猫:骑士:0.5], <lora:my_style:0.8>, 1girl 微笑", "zh-en");
    expect(out.text).toBe("masterpiece, [cat:knight:0.5], <lora:my_style:0.8>, 1girl, smile");
  });

  it("translates Chinese written against an extra network, keeping the network where it was", () => {
    const zhEn = (text: string) => translatePrompt(dict, text, "zh-en").text;
    expect(zhEn("女孩<lora:abc:0.8>，坐着")).toBe("1girl<lora:abc:0.8>, sitting");
    expect(zhEn("<lora:a:1><lora:b:0.5>猫耳女孩")).toBe("<lora:a:1><lora:b:0.5>cat ears, 1girl");
    expect(zhEn("(女孩 <hypernet:h:1>:1.2)")).toBe("(1girl <hypernet:h:1>:1.2)");
    // Grammar beside a network leaves the network, and the separator before it, in place.
    expect(zhEn("坐着, 张着<lora:x:1>")).toBe("sitting, <lora:x:1>");
  });

  it("reads the everyday names of the quality tags, traditional characters too", () => {
    expect(translatePrompt(dict, "（（傑作）），最高品質，最高质量", "zh-en").text).toBe("((masterpiece)), best quality, best quality");
  });

  it("turns Chinese separators into commas", () => {
    expect(translatePrompt(dict, "长发，微笑、猫", "zh-en").text).toBe("long hair, smile, cat");
  });

  it("leaves unknown fragments in place and lists them", () => {
    const out = translatePrompt(dict, "长发, 量子纠缠态", "zh-en");
    expect(out.text).toBe("long hair, 量子纠缠态");
    expect(out.unknown.join("")).toBe("量子纠缠态");
    expect(out.tags.some((t) => !t.known)).toBe(true);
  });

  it("drops grammatical words between tags", () => {
    expect(translatePrompt(dict, "一只猫在窗台上", "zh-en").text).toBe("cat, windowsill");
  });
});

describe("translatePrompt en → zh (glosses)", () => {
  it("names each tag in Chinese, or 未收录", () => {
    const out = translatePrompt(dict, "long hair, (smile:1.2), qwertyuiop, <lora:x:1>", "en-zh");
    expect(out.text).toBe("长发, (微笑:1.2), qwertyuiop, <lora:x:1>");
    expect(out.tags).toEqual([
      { source: "long hair", target: "长发", known: true },
      { source: "smile", target: "微笑", known: true },
      { source: "qwertyuiop", target: "未收录", known: false },
    ]);
  });

  it("glosses a compound from its known parts", () => {
    expect(translatePrompt(dict, "blonde long hair", "en-zh").tags).toEqual([{ source: "blonde long hair", target: "金发、长发", known: true }]);
  });

  it("glosses chips of every kind", () => {
    expect(["[smile|laughing]", "[day:night:0.5]", "<lora:my_style:0.8>", "(blue eyes:1.2)", "(blonde hair, long hair:1.2)"].map((b) => glossTag(dict, b)))
      .toEqual(["[微笑|大笑]", "[白天→夜晚]", "LoRA：my_style", "蓝眼睛", "金发、长发"]);
  });

  it("forgives underscores, case and plurals", () => {
    expect(translatePrompt(dict, "Long_Hair, cats", "en-zh").tags.map((t) => t.target)).toEqual(["长发", "猫"]);
  });
});
