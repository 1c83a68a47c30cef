import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "../dictionary/builtin.server";
import { lookupTag } from "../dictionary/dictionary";
import { parsePrompt } from "../prompt/parse";
import { readTags } from "../prompt/tag-list";
import { translatePrompt } from "../dictionary/translate";
import { expandOffline } from "./offline";
import { QUALITY, SCENE_TYPES, STYLE_PACKS } from "./offline-lists";
import { ANIMAL, CREATURE, PERSON, ROLES, STYLE_OUTFITS } from "./offline-people";
import { PLACES } from "./offline-places";
import { createRng, hashSeed } from "./prng";

const dict = getBuiltinDictionary();
const INPUTS = ["女孩坐在咖啡馆", "城市夜景", "一只猫在窗台上", "a knight in the forest"];
const added = (text: string, seed: number) => expandOffline(dict, text, { seed }).tags.filter((t) => t.added);
const categories = (text: string, seed: number) => new Set(added(text, seed).map((t) => t.category));

describe("expandOffline", () => {
  for (const text of INPUTS) {
    it(`adds at least 5 fitting details to ${text}, for every seed`, () => {
      for (let seed = 0; seed < 20; seed++) {
        const result = expandOffline(dict, text, { seed });
        expect(result.tags.filter((t) => t.added).length).toBeGreaterThanOrEqual(5);
        expect(result.source).toBe("offline");
        expect(result.prompt).toBe(result.tags.map((t) => t.tag).join(", "));
        expect(parsePrompt(result.prompt).diagnostics).toEqual([]);
        expect(readTags(result.negative).length).toBeGreaterThanOrEqual(10);
        for (const t of result.tags.filter((t) => t.added)) expect(lookupTag(dict, t.tag)?.entry.zh).toBe(t.zh);
      }
    });
  }

  it("keeps what the input said and marks it as not added", () => {
    const tags = expandOffline(dict, "女孩坐在咖啡馆", { seed: 1 }).tags.filter((t) => !t.added).map((t) => t.tag);
    expect(tags).toEqual(["1girl", "sitting in cafe"]);
    expect(expandOffline(dict, "a knight in the forest", { seed: 1 }).tags.filter((t) => !t.added).map((t) => t.tag)).toEqual(["knight", "forest"]);
  });

  it("gives a person hair, eyes, expression and clothing; a cat fur and a pose; a cityscape no clothing", () => {
    for (let seed = 0; seed < 10; seed++) {
      const person = added("女孩坐在咖啡馆", seed).map((t) => t.tag);
      expect(person.some((t) => PERSON.hairColour.includes(t))).toBe(true);
      expect(person.some((t) => PERSON.eyes.includes(t))).toBe(true);
      expect(categories("女孩坐在咖啡馆", seed)).toContain("clothing");
      const cat = added("一只猫在窗台上", seed).map((t) => t.tag);
      expect(cat.some((t) => ANIMAL.fur.includes(t))).toBe(true);
      expect(categories("一只猫在窗台上", seed)).toContain("pose");
      expect(cat).toContain("no humans");
      const city = categories("城市夜景", seed);
      expect(city.has("clothing") || city.has("appearance") || city.has("pose")).toBe(false);
      expect(expandOffline(dict, "城市夜景", { seed }).tags.some((t) => t.category === "lighting")).toBe(true);
      expect(added("a knight in the forest", seed).some((t) => ["armor", "plate armor", "chainmail"].includes(t.tag))).toBe(true);
    }
  });

  it("dresses people for the style and the place the input names", () => {
    const clothes = (text: string, seed: number) => added(text, seed).filter((t) => t.category === "clothing").map((t) => t.tag);
    for (let seed = 0; seed < 10; seed++) {
      expect(clothes("古风少女在竹林中抚琴", seed).some((t) => ["hanfu", "chinese clothes"].includes(t))).toBe(true);
      expect(clothes("和风少女", seed).some((t) => ["kimono", "yukata"].includes(t))).toBe(true);
      expect(clothes("教室里看书的女生", seed).some((t) => ["school uniform", "serafuku"].includes(t))).toBe(true);
      expect(added("教室里看书的女生", seed).map((t) => t.tag)).not.toContain("fairy lights");
    }
  });

  it("fits people, animals and details to the place: the sea, a kitchen, a beach for a boy, a sleeper", () => {
    const tags = (text: string, seed: number) => expandOffline(dict, text, { seed }).tags.map((t) => t.tag);
    for (let seed = 0; seed < 10; seed++) {
      const reef = tags("海底珊瑚礁", seed);
      expect(reef).toContain("seabed");
      expect(reef.filter((t) => ["cloud", "blue sky", "tree", "grass", "sunset", "golden hour", "horizon"].includes(t))).toEqual([]);
      const kitchen = tags("厨房里做饭的妈妈", seed);
      expect(kitchen).toContain("apron");
      expect(kitchen.filter((t) => ["sofa", "coffee table", "rug", "floor lamp"].includes(t))).toEqual([]);
      expect(kitchen).toContain("1girl");
      expect(tags("海边奔跑的少年", seed).filter((t) => ["suit", "coat", "scarf", "sweater"].includes(t))).toEqual([]);
      expect(tags("池塘里的锦鲤", seed)).toContain("swimming");
      expect(tags("夏日祭典的少女", seed).some((t) => ["yukata", "kimono"].includes(t))).toBe(true);
      expect(tags("夏日祭典的少女", seed)).not.toContain("crowd");
      expect(tags("万圣节的南瓜灯", seed).filter((t) => ["sunlight", "blue sky", "golden hour", "sunset"].includes(t))).toEqual([]);
      const snowman = tags("冬天的雪人", seed);
      expect(snowman.filter((t) => [...CREATURE.appearance, ...CREATURE.poses, "flower", "grass", "fallen leaves", "product photography"].includes(t))).toEqual([]);
      expect(snowman).toContain("snow");
      expect(tags("魔法少女", seed).some((t) => ["holding wand", "casting spell", "frilled dress"].includes(t))).toBe(true);
      expect(tags("精灵弓箭手", seed)).toContain("quiver");
      expect(tags("女警察", seed)).toContain("police uniform");
      const sleeper = tags("教室里睡觉的学生", seed);
      expect(sleeper).toContain("closed eyes");
      expect(sleeper.filter((t) => PERSON.gaze.includes(t) || PERSON.eyes.includes(t))).toEqual([]);
    }
  });

  it("puts tags in prompt order", () => {
    const order = expandOffline(dict, "女孩坐在咖啡馆", { seed: 4 }).tags.map((t) => t.category);
    const rank = ["subject", "appearance", "clothing", "pose", "scene", "lighting", "camera", "color-effects", "quality", "style", "other"];
    expect(order.map((c) => rank.indexOf(c))).toEqual([...order.map((c) => rank.indexOf(c))].sort((a, b) => a - b));
  });

  it("is deterministic for a seed and varies across seeds", () => {
    for (const text of INPUTS) {
      expect(expandOffline(dict, text, { seed: 7 })).toEqual(expandOffline(dict, text, { seed: 7 }));
      expect(expandOffline(dict, text)).toEqual(expandOffline(dict, text, { seed: hashSeed(text) }));
      const prompts = new Set(Array.from({ length: 6 }, (_, seed) => expandOffline(dict, text, { seed }).prompt));
      expect(prompts.size).toBeGreaterThanOrEqual(4);
    }
  });

  it("does not add a hair colour, clothing or lighting the input already has", () => {
    const result = expandOffline(dict, "1girl, red hair, kimono, moonlight", { seed: 2 });
    const addedTags = result.tags.filter((t) => t.added);
    expect(addedTags.some((t) => PERSON.hairColour.includes(t.tag))).toBe(false);
    expect(addedTags.some((t) => t.category === "clothing" && t.tag !== "hair ornament")).toBe(false);
    expect(addedTags.some((t) => t.category === "lighting")).toBe(false);
  });

  it("refines a prompt keeping its syntax", () => {
    const result = expandOffline(dict, "(blue eyes:1.2), [smile|laughing], <lora:style:0.8>, 1girl", { mode: "refine", seed: 3 });
    expect(result.prompt).toContain("(blue eyes:1.2)");
    expect(result.prompt).toContain("[smile|laughing]");
    expect(result.prompt).toContain("<lora:style:0.8>");
    expect(parsePrompt(result.prompt).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("translates without adding anything", () => {
    const text = "(金色长发:1.2), 白色连衣裙, 量子纠缠态";
    const result = expandOffline(dict, text, { mode: "translate" });
    expect(result.prompt).toBe(translatePrompt(dict, text, "zh-en").text);
    expect(result.prompt).toContain("white dress");
    expect(result.tags.every((t) => !t.added)).toBe(true);
    expect(result.unknown?.join("")).toBe("量子纠缠态");
  });

  it("gives 3 style variants", () => {
    const { variants } = expandOffline(dict, "一只猫在窗台上", { mode: "variants", seed: 5 });
    expect(variants).toHaveLength(3);
    expect(new Set(variants!.map((v) => v.style)).size).toBe(3);
    for (const v of variants!) expect(v.prompt.startsWith("cat, no humans")).toBe(true);
  });
});

describe("curated lists", () => {
  // The dictionary may rename a tag and keep the old name as an alias: the expander writes the dictionary's own name.
  it("name only tags the dictionary has (as tag or alias)", () => {
    const names = [
      ...SCENE_TYPES.flatMap((t) => [...t.tags, ...t.always, ...t.scene.flat(), ...t.details, ...t.lighting, ...t.camera, ...t.focus, ...t.styles, ...(t.outfits ?? []).flat()]),
      ...PLACES.flatMap((t) => [...t.triggers.flat(), ...t.scene, ...t.details, ...t.lighting, ...t.personPoses, ...t.animalPoses, ...(t.outfits ?? []).flat(), ...(t.maleOutfits ?? []).flat()]),
      ...Object.entries(ROLES).flatMap(([role, r]) => [role, ...r.outfits.flat(), ...(r.poses ?? []), ...(r.expressions ?? []), ...(r.styles ?? [])]),
      ...STYLE_OUTFITS.flatMap((s) => [...s.styles, ...s.outfits.flat()]),
      ...Object.values(PERSON).flatMap((v) => (Array.isArray(v) ? v : Object.values(v)).flat(2)),
      ...ANIMAL.fur, ...ANIMAL.eyes, ...ANIMAL.poses, ...Object.values(CREATURE).flat(),
      ...QUALITY.always, ...QUALITY.extra, ...STYLE_PACKS.flatMap((p) => p.tags),
    ];
    expect(names.filter((n) => lookupTag(dict, n) === undefined)).toEqual([]);
  });
});

describe("createRng", () => {
  it("repeats for a seed and stays in [0, 1)", () => {
    const a = createRng(42);
    const b = createRng(42);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(createRng(1).next()).toBe(0.6270739405881613);
    expect(createRng(43).sample([1, 2, 3, 4, 5], 5).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
