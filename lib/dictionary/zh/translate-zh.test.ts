import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "../builtin.server";
import { translatePrompt } from "../translate";

const dict = getBuiltinDictionary();
const zh = (text: string) => translatePrompt(dict, text, "zh-en");

// Each row is a report from the issue "Chinese in, working tags out" (before → what a Chinese user expects).
const REGRESSIONS: Array<[input: string, expected: string]> = [
  ["看着观众", "looking at viewer"],
  ["柔和的光线", "soft lighting"],
  ["穿着白色连衣裙", "white dress"],
  ["黑色长发", "black hair, long hair"],
  ["（金发：1.2）", "(blonde hair:1.2)"],
  ["雙馬尾", "twintails"],
  ["两个女孩", "2girls"],
  ["2个男孩", "2boys"],
  ["金色眼睛", "yellow eyes"],
  ["一头金色长发", "blonde hair, long hair"],
  ["拿着雨伞", "holding umbrella"],
  ["木桌", "wooden table"],
  ["一个女孩拿着剑", "1girl, holding sword"],
  ["长发，微笑、猫", "long hair, smile, cat"],
  ["一只猫在窗台上", "cat, windowsill"],
  // Found by running 342 phrases Chinese users type through the translator (before → after).
  ["最佳画质", "best quality"], // optimum, image quality
  ["正太", "little boy"], // (nothing: 正 and 太 read as filler words)
  ["闭着眼睛", "closed eyes"], // closed
  ["牛仔镜头", "cowboy shot"], // cowboy
  ["官方艺术", "official art"], // government, art
  ["缺手指", "missing fingers"], // fingers: the opposite, in a negative prompt
  ["不好的比例", "bad proportions"], // no good, proportion
  ["锐利的焦点", "sharp focus"], // sharp, focal point
  ["侧面", "from side"], // lateral side
  ["看向远方", "looking afar"], // looking at far away
  ["得意", "smug"], // proud of oneself
  ["靠在墙上", "against wall"], // wall
  ["短裙", "miniskirt"], // skirt
  ["日系", "japanese style"], // of japanese origin
  ["和风少女", "japanese style, 1girl"], // japanese (no such tag), 1girl
  ["樱花飘落", "cherry blossoms, falling petals"], // cherry blossoms, float down
  ["雨夜的街道上一个撑伞的女孩", "rain, night, street, holding umbrella, 1girl"], // … street, previous one, …
  // Hair and eyes after a word make the tag the dictionary has, instead of dropping out (messy, fluffy).
  ["凌乱的头发", "messy hair"],
  ["蓬松的头发", "fluffy hair"],
  ["美丽细致的眼睛", "beautiful detailed eyes"], // beautiful detailed
  ["长长的头发", "long hair"], // 长长 (unknown)
  ["红蓝色头发", "red hair, blue hair, multicolored hair"], // red hair
  ["新海诚风格", "by makoto shinkai"], // ocean (新 unknown, 海 read alone)
  // Names written half in Latin letters are read whole, not cut at the Chinese.
  ["Q版", "chibi"], // Q (and 版 unknown)
  ["穿着JK制服的少女", "school uniform, 1girl"], // JK, uniform, 1girl
  ["4k壁纸，35mm镜头", "4k wallpaper, 35mm lens"],
];

describe("translatePrompt zh → en: the issue's reports", () => {
  it.each(REGRESSIONS)("%s → %s", (input, expected) => {
    const out = zh(input);
    expect(out.text).toBe(expected);
    expect(out.unknown).toEqual([]);
  });

  it("reads the cyberpunk city without splitting words into wind, 格 and 夜", () => {
    const out = zh("赛博朋克风格的城市，霓虹灯，雨夜，倒影，高楼大厦，飞行汽车");
    expect(out.text.split(", ").slice(0, 6)).toEqual(["cyberpunk", "city", "neon lights", "rain", "night", "reflection"]);
    expect(out.text).not.toMatch(/\p{Script=Han}|wind/u);
  });

  it("never lets an emoji translate an ordinary word", () => {
    for (const word of ["眼睛", "看", "爱", "星星", "思考", "微笑", "看着观众"]) expect(zh(word).text).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it("reads an emoji's name written with Latin letters (爱心emoji) by its words, never dropping it", () => {
    for (const text of ["爱心emoji", "女孩，比耶emoji", "ok手势emoji"]) {
      const out = zh(text).text;
      expect(out).toMatch(/emoji$/);
      expect(out).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });

  it("keeps what it cannot read as its own tag, never glued to a neighbour, and lists it", () => {
    const out = zh("长发量子纠缠态微笑");
    expect(out.text).toBe("long hair, 量子纠缠态, smile");
    expect(out.unknown).toEqual(["量子纠缠态"]);
    expect(out.tags.find((t) => !t.known)).toMatchObject({ source: "量子纠缠态", from: "unknown" });
  });

  it("renders ordinary words from the general lexicon and says so", () => {
    const out = zh("斑驳, 破旧");
    expect(out.text).toBe("mottled, shabby");
    expect(out.tags.map((t) => t.from)).toEqual(["lexicon", "lexicon"]);
  });

  it("folds full-width syntax so A1111 reads the weight, and leaves English alone", () => {
    expect(zh("（猫：1.3），【狗｜兔子】").text).toBe("(cat:1.3), [dog|rabbit]");
    expect(zh("masterpiece, café au lait, 猫").text).toBe("masterpiece, café au lait, cat");
  });

  it("counts people without doubling the number", () => {
    expect(zh("三个女孩在海边").text).not.toMatch(/\b1 |1girl/);
    expect(zh("六个男孩").text).toBe("6+boys");
  });
});
