import { describe, expect, it } from "vitest";
import { parsePartialJson } from "./partial-json";
import { parseReply } from "./parse-reply";

const JSON_REPLY = '{"tags":[{"tag":"1girl","zh":"一个女孩","category":"subject"},{"tag":"white dress","zh":"白色连衣裙","category":"clothing"}],"negative":["lowres","bad hands"]}';

describe("parseReply", () => {
  const cases: Array<{ name: string; reply: string; tags: string[]; negative?: string[]; complete: boolean }> = [
    { name: "bare JSON", reply: JSON_REPLY, tags: ["1girl", "white dress"], negative: ["lowres", "bad hands"], complete: true },
    { name: "prose around JSON", reply: `Sure! Here are your tags:\n${JSON_REPLY}\nHope this helps {smile}.`, tags: ["1girl", "white dress"], complete: true },
    { name: "a ```json fence", reply: "```json\n" + JSON_REPLY + "\n```", tags: ["1girl", "white dress"], complete: true },
    { name: "a bare ``` fence after prose", reply: "Result:\n```\n" + JSON_REPLY + "\n```\nDone.", tags: ["1girl", "white dress"], complete: true },
    { name: "a <think> block first", reply: "<think>The user wants {a cafe}...</think>" + JSON_REPLY, tags: ["1girl", "white dress"], complete: true },
    { name: "truncated inside the second tag", reply: JSON_REPLY.slice(0, JSON_REPLY.indexOf("clothing") + 3), tags: ["1girl"], complete: false },
    { name: "truncated inside a string value", reply: '{"tags":[{"tag":"cat","zh":"猫","category":"subject"},{"tag":"windows', tags: ["cat"], complete: false },
    { name: "truncated in the negative list", reply: JSON_REPLY.slice(0, JSON_REPLY.indexOf("bad hands") + 3), tags: ["1girl", "white dress"], negative: ["lowres"], complete: false },
    { name: "only the opening so far", reply: '{"ta', tags: [], complete: false },
    { name: "groups by category", reply: '{"groups":[{"category":"clothing","tags":[{"tag":"hat","zh":"帽子"},"scarf"]}],"negative":"lowres, blurry"}', tags: ["hat", "scarf"], negative: ["lowres, blurry"], complete: true },
    { name: "an object of categories", reply: '{"subject":["1girl"],"scene":["cafe","window"]}', tags: ["1girl", "cafe", "window"], complete: true },
    { name: "a bare array", reply: '[{"tag":"cat"},{"tag":"sleeping"}]', tags: ["cat", "sleeping"], complete: true },
    { name: "a prompt string instead of tags", reply: '{"prompt":"cat, windowsill, sunlight"}', tags: ["cat", "windowsill", "sunlight"], complete: true },
    { name: "trailing commas", reply: '{"tags":[{"tag":"cat",},],}', tags: ["cat"], complete: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const parsed = parseReply(c.reply);
      expect(parsed.tags.map((t) => t.tag)).toEqual(c.tags);
      if (c.negative) expect(parsed.negative).toEqual(c.negative);
      expect(parsed.complete).toBe(c.complete);
    });
  }

  it("keeps the category a group gives its tags", () => {
    expect(parseReply('{"groups":[{"category":"clothing","tags":[{"tag":"hat"}]}]}').tags[0]).toEqual({ tag: "hat", category: "clothing" });
  });

  it("finds no JSON in plain prose", () => {
    expect(parseReply("I cannot help with that.")).toMatchObject({ found: false, tags: [] });
    expect(parseReply("")).toMatchObject({ found: false });
  });

  it("grows tag by tag as a stream arrives, never shrinking", () => {
    let last = 0;
    for (let end = 1; end <= JSON_REPLY.length; end++) {
      const count = parseReply(JSON_REPLY.slice(0, end)).tags.length;
      expect(count).toBeGreaterThanOrEqual(last);
      last = count;
    }
    expect(last).toBe(2);
  });

  it("reads variants", () => {
    const reply = '{"tags":[{"tag":"cat","zh":"猫","category":"subject"}],"negative":[],"variants":[{"style":"anime","zh":"二次元","prompt":"cat, anime"},{"style":"photo","zh":"照片","prompt":"cat, photo';
    expect(parseReply(reply).variants).toEqual([{ style: "anime", zh: "二次元", prompt: "cat, anime" }]);
  });
});

describe("parsePartialJson", () => {
  it("returns finished members and marks cut-off containers", () => {
    const parsed = parsePartialJson('{"a":[1,2,{"b":"x"},{"c":"y');
    expect(parsed?.value).toEqual({ a: [1, 2, { b: "x" }, {}] });
    expect(parsed?.complete).toBe(false);
    const a = (parsed?.value as { a: object[] }).a;
    expect(parsed?.incomplete.has(a[2])).toBe(false);
    expect(parsed?.incomplete.has(a[3])).toBe(true);
  });

  it("decodes escapes and stops at the end of the value", () => {
    const parsed = parsePartialJson('{"s":"a\\"b\\u4e2d\\n"} trailing prose');
    expect(parsed).toMatchObject({ value: { s: 'a"b中\n' }, complete: true, end: 20 });
  });

  it("rejects what is not JSON", () => {
    expect(parsePartialJson("{not json}")).toBeNull();
    expect(parsePartialJson('{"a" 1}')).toBeNull();
  });
});
