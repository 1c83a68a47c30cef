import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "../dictionary/builtin.server";
import { SCENE_TYPE_IDS, SCENE_TYPES } from "./offline-lists";
import { recognizeInput } from "./recognize";
import { detectSceneType } from "./scene-type";

const dict = getBuiltinDictionary();
const detect = (text: string) => detectSceneType(dict, recognizeInput(dict, text));

describe("detectSceneType", () => {
  const cases: Array<[string, (typeof SCENE_TYPE_IDS)[number]]> = [
    ["女孩坐在咖啡馆", "portrait"],
    ["穿水手服的少女在樱花树下", "portrait"],
    ["a knight in the forest", "portrait"],
    ["一碗热腾腾的牛肉面，俯拍", "food"],
    ["一杯咖啡", "food"],
    ["香水瓶产品摄影，大理石台面", "product"],
    ["手表产品图", "product"],
    ["湖边的小木屋，清晨，薄雾", "landscape"],
    ["夕阳下的海边", "landscape"],
    ["赛博朋克风格的城市，霓虹灯，雨夜", "sci-fi"],
    ["宇宙飞船驶过星云", "sci-fi"],
    ["一只橘猫趴在窗台上晒太阳", "animal"],
    ["小狗在草地上奔跑", "animal"],
    ["红色跑车在山路上飞驰", "vehicle"],
    ["摩托车", "vehicle"],
    ["现代极简风格的客厅", "interior"],
    ["巨龙盘踞在城堡上空", "fantasy"],
    ["哥特式大教堂，黄昏", "architecture"],
  ];
  for (const [text, type] of cases) {
    it(`${text} → ${type}`, () => expect(detect(text).type.id).toBe(type));
  }

  it("scores keywords, tags and groups; ties go to the earlier type; nothing known reads as landscape", () => {
    const food = detect("一碗热腾腾的牛肉面").scores;
    expect(food.food).toBeGreaterThanOrEqual(3 * 3);
    expect(detect("量子纠缠态").type.id).toBe("landscape");
    expect(Object.values(detect("量子纠缠态").scores).every((s) => s === 0)).toBe(true);
    expect(detect("red scarf").scores.vehicle).toBe(0);
  });

  it("has one entry per type id, each with pools to draw from", () => {
    expect(SCENE_TYPES.map((t) => t.id).sort()).toEqual([...SCENE_TYPE_IDS].sort());
    for (const t of SCENE_TYPES) {
      expect(t.keywords.length, t.id).toBeGreaterThan(0);
      expect(t.lighting.length && t.camera.length && t.styles.length && t.scene.length, t.id).toBeGreaterThan(0);
    }
  });
});
