import type { Category } from "@/lib/dictionary/categories";

// The dictionary files name subcategories in lower-case English (dictionaries/README.md); these are their Chinese names.
// Characters and franchises are grouped by work: those names are proper names and are shown as they are.
const ZH: Record<string, string> = {
  accessory: "配饰", aesthetic: "美学", anatomy: "人体结构", angle: "角度", animal: "动物", "animal ears": "兽耳", anime: "动漫",
  aperture: "光圈", archetype: "人设类型", "architectural element": "建筑构件", architecture: "建筑", arm: "手臂", armor: "盔甲",
  "art movement": "艺术流派", "artificial light": "人造光", artist: "画师", background: "背景", bag: "包", bird: "鸟类", body: "身体",
  "body modification": "身体改造", bottom: "下装", building: "建筑物", "camera model": "相机型号", censorship: "遮挡处理",
  "chinese style": "中国风", cityscape: "城市景观", "clothing action": "穿衣动作", color: "颜色", "color grading": "调色",
  "color scheme": "配色", "color theme": "色调", "colored light": "彩色光", combat: "战斗", composition: "构图", costume: "装扮",
  craft: "手工艺", daily: "日常", dance: "舞蹈", decoration: "装饰", detail: "细节", digital: "数字艺术", dress: "连衣裙", eating: "饮食",
  effect: "特效", embedding: "嵌入模型", emoji: "表情符号", era: "时代", exposure: "曝光", expression: "表情", "eye colour": "瞳色",
  eyebrows: "眉毛", eyes: "眼睛", eyewear: "眼镜", face: "脸部", "facial hair": "胡须", fantasy: "奇幻", "fantasy creature": "奇幻生物",
  "fantasy role": "奇幻职业", "film stock": "胶片", flower: "花卉", "focal length": "焦距", focus: "对焦", food: "食物", footwear: "鞋子",
  framing: "取景", furniture: "家具", game: "游戏", gaze: "视线", general: "通用", genre: "题材", gesture: "手势", grooming: "打理",
  "hair accessory": "发饰", "hair colour": "发色", "hair length": "发长", "hair style": "发型", "hair texture": "发质", hand: "手",
  "handheld accessory": "手持物", hands: "双手", handwear: "手套", head: "头部", headwear: "头饰", holding: "手持", holiday: "节日",
  horns: "角", illustration: "插画", indoor: "室内", insect: "昆虫", interaction: "互动", "japanese style": "和风", jewelry: "首饰",
  kaomoji: "颜文字", landmark: "地标", leg: "腿", legwear: "袜类", leisure: "休闲", lens: "镜头", "light effect": "光效",
  "light quality": "光质", "light setup": "布光", linework: "线条", lolita: "洛丽塔", lying: "躺姿", makeup: "妆容", mask: "面具",
  material: "材质", medium: "媒介", meta: "元信息", mood: "氛围", mouth: "嘴部", movement: "动作", music: "音乐", nails: "指甲",
  "natural light": "自然光", nature: "自然", neckline: "领口", neckwear: "颈饰", object: "物品", occupation: "职业",
  "other features": "其他特征", outerwear: "外套", palette: "色板", pattern: "图案", people: "人物", perspective: "透视",
  "photo artefacts": "照片瑕疵", "photo quality": "照片画质", photography: "摄影", "place action": "场景动作", "place name": "地名",
  plant: "植物", platform: "平台", "post effect": "后期效果", posture: "姿态", printmaking: "版画", quality: "画质", realism: "写实",
  reflection: "反射", "render engine": "渲染引擎", rendering: "渲染", reptile: "爬行动物", resolution: "分辨率", restraint: "束缚",
  robot: "机器人", "room object": "室内物品", royalty: "王室", rural: "乡村", safety: "安全", school: "校园", "sci-fi": "科幻",
  "sea life": "海洋生物", season: "季节", shadow: "阴影", sharpness: "锐度", "shot distance": "景别", "shot type": "镜头类型",
  sitting: "坐姿", skin: "皮肤", skirt: "裙子", sky: "天空", sleepwear: "睡衣", sleeves: "袖子", sport: "运动", style: "风格",
  suit: "套装", swimwear: "泳装", symbol: "符号", tableware: "餐具", tail: "尾巴", technique: "技法", text: "文字",
  "text and watermark": "文字与水印", texture: "纹理", "time of day": "时间段", top: "上装", traditional: "传统", transport: "交通",
  underwear: "内衣", uniform: "制服", urban: "城市", vehicle: "载具", water: "水", weapon: "武器", weather: "天气", wings: "翅膀",
};

/** The subcategories that are names (works), not words to translate. */
const NAMED: readonly Category[] = ["character", "franchise"];

/**
 * A subcategory's name in the UI language: its Chinese name, or the English words with a capital; works are shown
 * as named.
 * @example subcategoryName("appearance", "hair colour", "zh") // "发色"
 */
export function subcategoryName(category: Category, sub: string, locale: "zh" | "en"): string {
  if (NAMED.includes(category)) return sub;
  if (locale === "zh") return Object.hasOwn(ZH, sub) ? ZH[sub] : sub;
  return sub.charAt(0).toUpperCase() + sub.slice(1);
}
