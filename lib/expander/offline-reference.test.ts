import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "../dictionary/builtin.server";
import { lookupTag } from "../dictionary/dictionary";
import { normalizeTag } from "../dictionary/entry";
import { translatePrompt } from "../dictionary/translate";
import { expandOffline } from "./offline";
import { QUALITY, SCENE_TYPES, type SceneTypeId } from "./offline-lists";
import { ANIMAL, CREATURE, PERSON, ROLES } from "./offline-people";
import { PLACES } from "./offline-places";
import type { ExpandResult } from "./types";

const dict = getBuiltinDictionary();
const SEEDS = Array.from({ length: 20 }, (_, i) => i);
const canon = (tag: string) => {
  const key = normalizeTag(tag.replace(/^\((.*):[\d.]+\)$/, "$1").replace(/\\(.)/g, "$1"));
  return lookupTag(dict, key)?.tag ?? key;
};
const tagsOf = (r: ExpandResult) => new Set(r.tags.map((t) => canon(t.tag)));
const typeOf = (id: SceneTypeId) => SCENE_TYPES.find((t) => t.id === id)!;
const placeOf = (id: string) => PLACES.find((p) => p.id === id)!;
const PEOPLE = ["1girl", "1boy", "solo", "looking at viewer", ...PERSON.hairColour];
const FUR = ANIMAL.fur;

/**
 * One case per scene type: the tags that must appear (the input's nouns the dictionary maps today and the tags the
 * expander adds for the type), `any`: lists of which at least one tag must appear, `not`: tags that must never appear.
 */
const REFERENCE: Array<{ text: string; type: SceneTypeId; must: string[]; any: string[][]; not: string[]; nouns: string[] }> = [
  {
    text: "女孩坐在咖啡馆", type: "portrait", must: ["1girl", "solo"], nouns: ["咖啡馆"],
    any: [PERSON.hairColour, PERSON.eyes, placeOf("cafe").lighting, PERSON.shots],
    not: ["no humans", "scenery", "beach", "sand", "vending machine"],
  },
  {
    text: "一碗热腾腾的牛肉面，俯拍", type: "food", must: ["food", "no humans"], nouns: ["碗", "牛肉面"],
    any: [[...typeOf("food").details, ...placeOf("asian-table").details, "bowl"], [...typeOf("food").camera, "from above"], typeOf("food").focus],
    not: [...PEOPLE, "cow", ...FUR, "walking", "flower field", "forest", "grass", "outdoors"],
  },
  {
    text: "香水瓶产品摄影，大理石台面", type: "product", must: ["perfume bottle", "product photography", "no humans"], nouns: ["大理石"],
    any: [typeOf("product").lighting, typeOf("product").camera],
    not: [...PEOPLE, "tree", "wildflowers", "forest", "outdoors", "flower field", "bedroom"],
  },
  {
    text: "湖边的小木屋，清晨，薄雾", type: "landscape", must: ["lakeside", "cabin", "early morning", "no humans", "scenery"], nouns: ["湖边", "小木屋", "薄雾"],
    any: [placeOf("lake").details, typeOf("landscape").camera],
    not: [...PEOPLE, "sand", "palm tree", "beach", "seashell", "vending machine"],
  },
  {
    text: "赛博朋克风格的城市，霓虹灯，雨夜", type: "sci-fi", must: ["cyberpunk", "city", "neon lights", "no humans", "scenery"], nouns: ["城市", "霓虹灯"],
    any: [placeOf("city-night").details, typeOf("sci-fi").camera],
    not: [...PEOPLE, "wind", "forest", "flower field", "blue sky", "sunlight"],
  },
  {
    text: "一只橘猫趴在窗台上晒太阳", type: "animal", must: ["orange cat", "windowsill", "no humans"], nouns: ["橘猫", "窗台"],
    any: [ANIMAL.eyes, typeOf("animal").camera],
    not: [...PEOPLE, ...FUR, "beach", "street"],
  },
  {
    text: "穿水手服的少女在樱花树下", type: "portrait", must: ["1girl", "serafuku", "cherry blossoms"], nouns: ["水手服", "樱花"],
    any: [PERSON.hairColour, PERSON.gaze, PERSON.shots],
    not: ["no humans", "sundress", "white dress", "pleated skirt", "beach", "sand", "waves", "night city"],
  },
  {
    text: "红色跑车在山路上飞驰", type: "vehicle", must: ["sports car", "mountain path", "no humans"], nouns: ["跑车", "山路"],
    any: [typeOf("vehicle").camera, [...typeOf("vehicle").details, ...placeOf("mountain").details]],
    not: [...PEOPLE, "flying", "flower", "wildflowers", "butterfly", "flower field", "bedroom"],
  },
  {
    text: "现代极简风格的客厅", type: "interior", must: ["living room", "no humans"], nouns: ["客厅"],
    any: [[...typeOf("interior").details, ...placeOf("room").details], typeOf("interior").camera],
    not: [...PEOPLE, "wind", "street", "bench", "vending machine", "outdoors", "forest"],
  },
  {
    text: "巨龙盘踞在城堡上空", type: "fantasy", must: ["dragon", "castle", "no humans"], nouns: ["巨龙", "城堡"],
    any: [CREATURE.appearance, typeOf("fantasy").camera],
    not: [...PEOPLE, "flower field", "bedroom", "indoors", "vending machine", ...FUR],
  },
  {
    text: "宇宙飞船驶过星云", type: "sci-fi", must: ["spaceship", "nebula", "no humans"], nouns: ["宇宙飞船", "星云"],
    any: [placeOf("space").details, typeOf("sci-fi").camera],
    not: [...PEOPLE, "bedroom", "indoors", "blanket", "vase", "forest", "grass"],
  },
  {
    text: "哥特式大教堂，黄昏", type: "architecture", must: ["cathedral", "dusk", "no humans", "scenery"], nouns: ["大教堂"],
    any: [typeOf("architecture").camera, [...typeOf("architecture").details, ...placeOf("historic").details]],
    not: [...PEOPLE, "vending machine", "bench", "street lamp", "crosswalk", "blue sky"],
  },
];

// Every tag the expander may add for a type: its pools, its places' pools, the living subject's and the quality ones.
function allowed(id: SceneTypeId): Set<string> {
  const type = typeOf(id);
  const places = PLACES.filter((p) => type.places.includes(p.id));
  const names = [
    ...type.always, ...type.scene.flat(), ...type.details, ...type.lighting, ...type.camera, ...type.focus, ...type.styles, ...(type.outfits ?? []).flat(),
    ...places.flatMap((p) => [...p.scene, ...p.details, ...p.lighting, ...p.personPoses, ...p.animalPoses, ...(p.outfits ?? []).flat()]),
    ...Object.values(PERSON).flatMap((v) => (Array.isArray(v) ? v : Object.values(v)).flat(2)),
    ...Object.values(ROLES).flatMap((r) => [...r.outfits.flat(), ...(r.poses ?? []), ...(r.expressions ?? []), ...(r.styles ?? [])]),
    ...ANIMAL.fur, ...ANIMAL.eyes, ...ANIMAL.poses, ...CREATURE.appearance, ...CREATURE.poses,
    ...QUALITY.always, ...QUALITY.extra, "no humans", "scenery", "solo", "1girl",
  ];
  return new Set(names.map(canon));
}

// A noun is kept when its dictionary tags are in the prompt ("cafe" in "sitting in cafe" too), or the part nothing could read is in `unknown`.
function keepsNoun(result: ExpandResult, zh: string): boolean {
  const tags = tagsOf(result);
  return translatePrompt(dict, zh, "zh-en").tags.every((t) =>
    t.known
      ? t.target.split(",").every((x) => [...tags].some((tag) => ` ${tag} `.includes(` ${canon(x)} `))) || result.tags.some((r) => r.zh === t.source)
      : (result.unknown ?? []).some((u) => u.includes(t.source) || t.source.includes(u)));
}

describe("offline expander reference scenes (20 seeds each)", () => {
  for (const c of REFERENCE) {
    it(`${c.text} reads as ${c.type} and expands within it`, () => {
      const pool = allowed(c.type);
      for (const seed of SEEDS) {
        const result = expandOffline(dict, c.text, { seed });
        const tags = tagsOf(result);
        const where = `${c.text} seed ${seed}: ${result.prompt}`;
        for (const tag of c.must) expect(tags.has(canon(tag)), `${where} lacks ${tag}`).toBe(true);
        for (const list of c.any) expect(list.some((t) => tags.has(canon(t))), `${where} has none of ${list.join("|")}`).toBe(true);
        for (const tag of c.not) expect(tags.has(canon(tag)), `${where} has ${tag}`).toBe(false);
        for (const noun of c.nouns) expect(keepsNoun(result, noun), `${where} drops ${noun}`).toBe(true);
        for (const t of result.tags.filter((t) => t.added)) expect(pool.has(canon(t.tag)), `${where} adds ${t.tag} from outside ${c.type}`).toBe(true);
        expect(result.tags.some((t) => /\p{Script=Han}/u.test(t.tag)), where).toBe(false);
        expect(result.tags.filter((t) => t.added && t.category === "style").length).toBeLessThanOrEqual(1);
      }
    });
  }

  it("is deterministic: the same text and seed give the same result", () => {
    for (const c of REFERENCE) for (const seed of [0, 7]) expect(expandOffline(dict, c.text, { seed })).toEqual(expandOffline(dict, c.text, { seed }));
  });

  it("keeps a known word next to an unknown one, and the unknown one apart", () => {
    const result = expandOffline(dict, "量子纠缠态城堡", { seed: 1 });
    expect(tagsOf(result).has("castle")).toBe(true);
    expect(result.tags.some((t) => /\p{Script=Han}/u.test(t.tag))).toBe(false);
    for (const fragment of result.unknown ?? []) expect("量子纠缠态城堡").toContain(fragment);
  });

  it("gives people only to scenes that have them", () => {
    for (const seed of SEEDS) {
      expect(tagsOf(expandOffline(dict, "手表产品图", { seed })).has("1girl")).toBe(false);
      expect(tagsOf(expandOffline(dict, "white dress, seaside", { seed })).has("1girl")).toBe(true);
      expect(tagsOf(expandOffline(dict, "no humans, cafe", { seed })).has("1girl")).toBe(false);
    }
  });

  it("adds the type's negative prompt", () => {
    const product = expandOffline(dict, "香水瓶产品摄影", { seed: 1 }).negative;
    for (const tag of typeOf("product").negative) expect(product).toContain(tag);
    expect(expandOffline(dict, "女孩坐在咖啡馆", { seed: 1 }).negative).toContain("bad hands");
    expect(expandOffline(dict, "哥特式大教堂，黄昏", { seed: 1 }).negative).not.toContain("bad hands");
  });
});
