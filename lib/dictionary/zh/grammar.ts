/** What a grammatical word does in a scene description: it carries no tag of its own but shapes its neighbours. */
export type GrammarRole =
  | { role: "filler" }
  | { role: "number"; value: number; measure?: GrammarRole }
  | { role: "material"; name: string }
  | { role: "noun"; tag: string }
  | { role: "measure"; tag?: string }
  | { role: "colour"; name: string }
  | { role: "hair" }
  | { role: "eyes" }
  | { role: "wear" }
  | { role: "hold" }
  | { role: "look" }
  | { role: "viewer" }
  | { role: "style-suffix" }
  | { role: "person"; gender: "girl" | "boy" | "other" };

const table: Record<string, GrammarRole> = {};
const add = (words: string, role: GrammarRole) => words.split(" ").forEach((w) => (table[w] = role));

// Particles, prepositions and place words: "在咖啡馆里" is the cafe; "远处的山" is the mountain.
add("拍 拍摄 拍的 视角 角度 构图 画面 起 起来 面 大 小 热 放 放着 搭 搭着 之 中的 上的 里的 下的 成 变成 出 出来 进 进来 过来 下来 起舞 飘 飘着 着的 的是 显得 看起来 似的 一样 般 般的 的 地 得 了 着 过 在 和 与 及 并 跟 同 也 都 还 又 很 太 非常 十分 特别 超级 正在 正 被 把 将 让 是 有 在于 上 里 中 下 内 外 旁 边 前 后 里面 上面 下面 旁边 前面 后面 外面 中间 之中 之上 之下 当中 附近 周围 远处 近处 身后 身旁 身边 背后 一起 一些 有些 一点 好多 很多 许多 一片 一群 其中 这个 那个 这 那 它 他 她 他们 她们 我 我们 你 你们 正坐 坐落 一边 同时 并且 而且 或者 以及 带着 带有 有着 满是 充满 充满了 布满 位于 处于", { role: "filler" });
add("风格 画风 风格化 格调 之风", { role: "style-suffix" });
add("穿着 穿 身穿 穿上 穿戴 戴着 戴 戴上 披着 披 系着 围着 套着", { role: "wear" });
add("拿着 手持 握着 手握 举着 手拿 拿 端着 捧着 提着 撑着 撑 打着", { role: "hold" });
add("看着 看向 望着 望向 注视 注视着 凝视 凝视着 盯着 看 看见", { role: "look" });
add("观众 镜头 屏幕 观看者 画面外 读者", { role: "viewer" });
add("发 头发 秀发 发丝 发色", { role: "hair" });
add("眼睛 眼 瞳 瞳孔 眼眸 眸 双眼 双眸 眼瞳 眸子 瞳色", { role: "eyes" });
add("女孩 女孩子 少女 女生 女人 姑娘 女性 女子 美女 小女孩 女", { role: "person", gender: "girl" });
add("男孩 男孩子 少年 男生 男人 男性 男子 帅哥 小男孩 男", { role: "person", gender: "boy" });
add("个 只 位 名 头 朵 把 件 条 双 片 座 栋 辆 艘 棵 张 本 根 支 匹 群 对 套 块 颗 幅 间 架 顶 盏 串 份", { role: "measure" });
add("杯", { role: "measure", tag: "cup" });
add("碗", { role: "measure", tag: "bowl" });
add("盘", { role: "measure", tag: "plate" });
add("瓶", { role: "measure", tag: "bottle" });
add("束", { role: "measure", tag: "bouquet" });
add("篮", { role: "measure", tag: "basket" });

// Materials before a noun (木桌 → wooden table) and the one-character nouns such compounds end in.
const MATERIALS: Record<string, string> = { 木: "wooden", 木质: "wooden", 木制: "wooden", 木头: "wooden", 实木: "wooden", 石: "stone", 石头: "stone",
  石质: "stone", 铁: "iron", 铁质: "iron", 金属: "metal", 竹: "bamboo", 竹制: "bamboo", 纸: "paper", 纸质: "paper", 皮革: "leather",
  皮质: "leather", 真皮: "leather", 玻璃: "glass", 水晶: "crystal", 陶瓷: "ceramic", 瓷: "porcelain", 钢: "steel", 铜: "bronze", 塑料: "plastic",
  // Origins modify a noun the same way: 日式寺庙 → japanese temple.
  日式: "japanese", 和风: "japanese", 中式: "chinese", 欧式: "european", 美式: "american", 韩式: "korean", 法式: "french", 英式: "british" };
for (const [word, name] of Object.entries(MATERIALS)) table[word] ??= { role: "material", name };
const NOUNS: Record<string, string> = { 桌: "table", 椅: "chair", 凳: "stool", 柜: "cabinet", 窗: "window", 门: "door", 墙: "wall", 床: "bed",
  屋: "house", 楼: "building", 塔: "tower", 桥: "bridge", 船: "boat", 车: "car", 灯: "lamp", 箱: "box", 盒: "box", 剑: "sword", 刀: "knife",
  杖: "staff", 盾: "shield", 碗: "bowl", 勺: "spoon", 架: "shelf", 台: "counter" };
for (const [word, tag] of Object.entries(NOUNS)) table[word] ??= { role: "noun", tag };

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 几: 3, 多: 3 };
const measures = Object.entries(table).filter(([, role]) => role.role === "measure");
for (const [word, value] of Object.entries(NUMERALS)) {
  table[word] = { role: "number", value };
  // 一头, 一杯: one word to the segmenter, so the lexicon's "one head" never wins over the grammar.
  for (const [m, measure] of measures) table[word + m] = { role: "number", value, measure };
}
// 街道上一个女孩 is a place word and a number, never the lexicon's 上一个 (the previous one).
for (const place of ["上", "下", "里", "中"]) for (const [m, measure] of measures) table[`${place}一${m}`] = { role: "number", value: 1, measure };

// Colour stems that are colours on their own (红墙, 白发); the rest are words first (咖啡, 茶, 米) and need 色.
const COLOURS: Record<string, string> = {
  黑: "black", 白: "white", 红: "red", 粉: "pink", 粉红: "pink", 橙: "orange", 黄: "yellow", 绿: "green", 蓝: "blue", 紫: "purple",
  棕: "brown", 褐: "brown", 灰: "grey", 银: "silver", 金: "gold", 金黄: "gold", 浅蓝: "light blue", 淡蓝: "light blue",
  天蓝: "light blue", 深蓝: "dark blue", 淡紫: "light purple", 银白: "white", 暗红: "dark red", 米白: "beige",
};
const COLOURS_WITH_SE: Record<string, string> = { 橘: "orange", 橘黄: "orange", 青: "aqua", 水蓝: "aqua", 藏青: "dark blue", 茶: "brown",
  咖啡: "brown", 酒红: "red", 米: "beige", 彩虹: "rainbow", 肉: "beige", 卡其: "khaki" };
for (const [stem, name] of Object.entries(COLOURS)) for (const word of [stem, `${stem}色`, `${stem}色的`]) table[word] ??= { role: "colour", name };
for (const [stem, name] of Object.entries(COLOURS_WITH_SE)) for (const word of [`${stem}色`, `${stem}色的`]) table[word] ??= { role: "colour", name };

// One-character verbs and adjectives that stand for a tag when written alone (走 in 走在街上 is walking).
const ACTIONS: Record<string, string> = { 走: "walking", 跑: "running", 奔跑: "running", 游: "swimming", 飞: "flying", 坐: "sitting",
  站: "standing", 躺: "lying", 跳: "jumping", 笑: "smile", 哭: "crying", 睡: "sleeping", 吃: "eating", 喝: "drinking", 老: "old" };
for (const [word, tag] of Object.entries(ACTIONS)) table[word] ??= { role: "noun", tag };

/** The grammatical role of a word, if it has one. */
export const grammarOf = (word: string): GrammarRole | undefined => (Object.hasOwn(table, word) ? table[word] : undefined);

/** Longest grammatical word, for segmentation. */
export const GRAMMAR_LONGEST = Math.max(...Object.keys(table).map((w) => w.length));

/** A colour's English name as a tag of its own noun: golden hair is blonde, golden eyes are yellow. */
export function colourFor(name: string, noun: "hair" | "eyes" | "other"): string {
  if (name === "gold") return noun === "hair" ? "blonde" : noun === "eyes" ? "yellow" : "golden";
  if (name === "silver" && noun === "eyes") return "grey";
  if (name === "dark blue" && noun !== "other") return "blue";
  return name;
}
