/** The offline expander's scene types and shared pools (every tag here is in dictionaries/*.jsonl, as tag or alias). */

export const SCENE_TYPE_IDS = ["product", "food", "vehicle", "sci-fi", "fantasy", "portrait", "animal", "architecture", "interior", "landscape"] as const;
/** What a scene is mostly about; it decides which details, light, camera, style and negative fit. */
export type SceneTypeId = (typeof SCENE_TYPE_IDS)[number];

/** One scene type: what points to it in the input, and its own pools. */
export interface SceneType {
  id: SceneTypeId;
  zh: string;
  /** Words of the user's text that point to it (substrings; ASCII words match whole). Worth 3 each. */
  keywords: string[];
  /** Dictionary tags among the input's concepts that point to it. Worth 2 each. */
  tags: string[];
  /** Groups of the input's tags, "category" or "category/sub", that point to it. Worth 2 per subject, 1 per other tag. */
  groups: string[];
  /** About people even when the input names none (a portrait gets 1girl); else people only when named. */
  people: boolean;
  /** Without a subject it is scenery. */
  scenery: boolean;
  /** Tags it always gets. */
  always: string[];
  /** Places (offline-places.ts) that refine its pools when the input names them; `defaultPlaces` when it names none. */
  places: string[];
  defaultPlaces: string[];
  /** The setting when the input names none and no place refines it: one set is picked. */
  scene: string[][];
  details: string[];
  detailCount: number;
  lighting: string[];
  lightCount: number;
  camera: string[];
  focus: string[];
  styles: string[];
  /** Added to the negative prompt. */
  negative: string[];
  /** Clothing that suits it, for people without a role; else the place's or the usual outfits. */
  outfits?: string[][];
}

const ALL_PLACES = ["festival", "halloween", "underwater", "kitchen", "snow", "cafe", "asian-table", "city-night", "space", "rain", "school", "room", "sakura", "lake", "beach", "mountain", "forest", "historic", "city", "nature"];

/** The scene types in priority order: on equal scores the first wins. */
export const SCENE_TYPES: SceneType[] = [
  {
    id: "product", zh: "产品", keywords: ["产品", "商品", "广告", "电商", "主图", "香水", "化妆品", "口红", "包装", "棚拍", "静物", "product"],
    tags: ["product photography", "commercial photography", "studio photo", "still life", "perfume bottle", "packaging design"],
    groups: ["subject/object"], people: false, scenery: false, always: [], places: [], defaultPlaces: [],
    scene: [["simple background"], ["white background"], ["gradient background"], ["grey background"], ["black background"]],
    details: ["reflection", "water drop", "glint", "shadow", "petals", "reflective surface"], detailCount: 2,
    lighting: ["studio lighting", "softbox", "rim light", "backlighting", "soft lighting", "three-point lighting", "specular highlights"], lightCount: 2,
    camera: ["close-up", "centered", "front view", "macro photography", "three-quarter view", "negative space"],
    focus: ["depth of field", "shallow depth of field", "bokeh"],
    styles: ["product photography", "commercial photography", "photorealistic", "studio photo"],
    negative: ["cluttered background", "extra objects", "dust spots", "scratches", "bad lighting", "color cast"],
  },
  {
    id: "food", zh: "美食", keywords: ["美食", "食物", "料理", "碗", "面条", "拉面", "牛肉面", "汤", "米饭", "炒饭", "饺子", "包子", "寿司", "披萨", "汉堡", "蛋糕", "甜点", "甜品", "早餐", "午餐", "晚餐", "热腾腾", "火锅", "牛排", "小吃", "food", "dish"],
    tags: ["food photography", "food", "bowl", "plate", "chopsticks"],
    groups: ["subject/food", "scene/tableware"], people: false, scenery: false, always: ["food"], places: ["cafe", "asian-table"], defaultPlaces: [],
    scene: [["table"], ["dining table"], ["tablecloth", "table"], ["kitchen", "indoors"]],
    details: ["plate", "tablecloth"], detailCount: 1,
    lighting: ["warm lighting", "soft lighting", "natural light", "window light", "soft natural light"], lightCount: 1,
    camera: ["close-up", "from above", "top-down view", "flat lay", "macro photography", "three-quarter view"],
    focus: ["depth of field", "bokeh", "blurry background", "shallow depth of field"],
    styles: ["food photography", "photorealistic", "still life", "commercial photography"],
    negative: ["cluttered background", "messy", "oversaturated", "bad lighting", "color cast"],
  },
  {
    id: "vehicle", zh: "交通工具", keywords: ["车", "摩托", "火车", "列车", "飞机", "轮船", "帆船", "游艇", "vehicle", "car", "motorcycle"],
    tags: ["car", "sports car", "motorcycle", "race car"], groups: ["subject/vehicle"],
    people: false, scenery: false, always: [], places: ["city-night", "city", "mountain", "beach", "rain", "nature"], defaultPlaces: [],
    scene: [["road", "outdoors"], ["highway"], ["city", "road"]],
    details: ["motion blur", "light trails", "road", "guardrail", "speed lines", "reflection"], detailCount: 2,
    lighting: ["sunlight", "golden hour", "sunset", "dramatic lighting", "cinematic lighting", "headlights"], lightCount: 1,
    camera: ["from side", "three-quarter view", "dynamic angle", "wide shot", "from behind", "from below"],
    focus: ["depth of field"],
    styles: ["photorealistic", "cinematic", "commercial photography", "3d render", "concept art"],
    negative: ["deformed", "distorted", "bad perspective", "extra objects"],
  },
  {
    id: "sci-fi", zh: "科幻", keywords: ["科幻", "赛博", "朋克", "未来", "飞船", "宇宙", "太空", "星际", "机甲", "外星", "星云", "银河", "sci-fi"],
    tags: ["cyberpunk", "science fiction", "steampunk", "spaceship", "mecha", "robot", "nebula", "space", "hologram", "futuristic city", "cyberpunk city", "space opera", "neon lights"],
    groups: ["scene/sci-fi", "subject/robot"], people: false, scenery: true, always: [], places: ["city-night", "space", "city", "rain"], defaultPlaces: [],
    scene: [["futuristic city"], ["space"], ["sci-fi corridor"]],
    details: ["hologram", "glowing", "neon glow", "light particles", "lens flare"], detailCount: 1,
    lighting: ["cinematic lighting", "rim light", "volumetric lighting", "blue light", "neon lights"], lightCount: 1,
    camera: ["wide shot", "from below", "dynamic angle", "cinematic composition", "sense of scale"],
    focus: [],
    styles: ["science fiction", "concept art", "digital painting", "cinematic", "unreal engine"],
    negative: ["low detail", "bad perspective", "washed out"],
    outfits: [["cyberpunk clothes"], ["techwear"], ["bodysuit"], ["leather jacket"], ["hoodie", "jacket"]],
  },
  {
    id: "fantasy", zh: "奇幻", keywords: ["奇幻", "魔法", "龙", "精灵", "巫师", "神话", "独角兽", "凤凰", "魔幻", "fantasy"],
    tags: ["fantasy", "high fantasy", "dark fantasy", "dragon", "castle", "magic", "fantasy world", "floating island"],
    groups: ["scene/fantasy", "subject/fantasy creature"], people: false, scenery: true, always: [], places: ["forest", "mountain", "historic", "lake"], defaultPlaces: [],
    scene: [["fantasy world"], ["floating island"], ["ancient ruins"]],
    details: ["cloud", "dramatic sky", "magic", "light particles", "mountain range", "floating particles", "embers"], detailCount: 2,
    lighting: ["dramatic lighting", "god rays", "volumetric lighting", "sunset", "magical lighting", "moonlight"], lightCount: 1,
    camera: ["from below", "wide shot", "dynamic angle", "epic composition"],
    focus: [],
    styles: ["fantasy", "concept art", "digital painting", "oil painting", "high fantasy", "matte painting"],
    negative: ["low detail", "unfinished", "bad anatomy"],
    outfits: [["cloak"], ["hooded cloak"], ["robe"], ["armor", "cape"], ["dress", "cape"]],
  },
  {
    id: "portrait", zh: "人像", keywords: ["女孩", "少女", "男孩", "少年", "女人", "男人", "美女", "帅哥", "人像", "肖像", "自拍", "人物", "女生", "男生", "女子", "男子", "portrait"],
    tags: ["portrait photography", "portrait"],
    groups: ["subject/people", "subject/occupation", "subject/archetype", "subject/royalty", "subject/fantasy role", "clothing", "appearance/hair style", "appearance/hair colour", "appearance/hair length", "appearance/expression", "pose"],
    people: true, scenery: false, always: [], places: ALL_PLACES, defaultPlaces: ["cafe", "room", "forest", "city", "nature", "sakura", "beach", "lake"],
    // A portrait's details come from its place (a random usual one when the input names none).
    scene: [["outdoors"], ["simple background"]], details: [], detailCount: 0,
    lighting: ["soft lighting", "natural light", "rim light", "cinematic lighting", "backlighting"], lightCount: 1,
    camera: ["upper body", "cowboy shot", "full body", "portrait"], focus: ["depth of field", "bokeh", "blurry background"],
    styles: ["anime", "illustration", "digital painting", "watercolor", "photorealistic", "oil painting", "concept art"],
    negative: ["bad proportions", "extra limbs", "cloned face", "long neck"],
  },
  {
    id: "animal", zh: "动物", keywords: ["猫", "狗", "宠物", "动物", "小鸟", "兔子", "狐狸", "熊猫", "animal", "pet"],
    tags: ["wildlife photography"], groups: ["subject/animal", "subject/bird", "subject/sea life", "subject/reptile", "subject/insect"],
    people: false, scenery: false, always: [], places: ALL_PLACES, defaultPlaces: ["room", "nature", "forest"],
    scene: [["outdoors"]], details: [], detailCount: 0,
    lighting: ["sunlight", "soft lighting", "natural light", "golden hour"], lightCount: 1,
    camera: ["close-up", "full body", "from side", "from above"], focus: ["depth of field", "bokeh", "blurry background"],
    styles: ["photorealistic", "watercolor", "illustration", "oil painting", "anime"],
    negative: ["extra legs", "extra limbs", "deformed", "mutation"],
  },
  {
    id: "architecture", zh: "建筑", keywords: ["建筑", "大楼", "大厦", "教堂", "寺庙", "宫殿", "城堡", "古建", "别墅", "哥特", "高楼", "architecture", "building"],
    tags: ["architecture", "building", "architectural photography", "architectural rendering", "skyscraper"],
    groups: ["scene/building", "scene/architecture", "scene/landmark"], people: false, scenery: true, always: [],
    places: ["historic", "city", "city-night", "lake", "mountain", "forest", "rain"], defaultPlaces: [],
    scene: [["building", "outdoors"]],
    details: ["stone wall", "pillar", "arch", "stairs", "tree", "cloud", "plaza", "window"], detailCount: 2,
    lighting: ["golden hour", "sunset", "blue sky", "dramatic sky", "sunlight", "blue hour"], lightCount: 1,
    camera: ["from below", "wide shot", "worm's-eye view", "symmetrical", "one-point perspective", "wide-angle lens"],
    focus: [],
    styles: ["architectural photography", "photorealistic", "architectural rendering", "matte painting", "watercolor"],
    negative: ["bad perspective", "distorted", "crowded", "lens dirt"],
  },
  {
    id: "interior", zh: "室内", keywords: ["客厅", "卧室", "室内", "书房", "厨房", "房间", "家居", "浴室", "装修", "interior", "room"],
    tags: ["living room", "bedroom", "indoors"], groups: ["scene/indoor", "scene/furniture", "scene/room object"],
    people: false, scenery: true, always: [], places: ["kitchen", "school", "room", "cafe"], defaultPlaces: [],
    scene: [["indoors"]],
    details: ["sofa", "coffee table", "rug", "potted plant", "floor-to-ceiling window", "floor lamp", "bookshelf", "wooden floor", "cushion", "curtains", "vase"], detailCount: 3,
    lighting: ["natural light", "soft lighting", "window light", "sunlight", "warm lighting", "light through curtains", "indirect lighting"], lightCount: 1,
    camera: ["wide shot", "eye level", "one-point perspective", "wide-angle lens"],
    focus: [],
    styles: ["architectural photography", "photorealistic", "architectural rendering", "3d render"],
    negative: ["cluttered background", "messy", "bad perspective", "distorted"],
  },
  {
    id: "landscape", zh: "风景", keywords: ["风景", "风光", "山", "湖", "河", "海", "森林", "树林", "草原", "草地", "瀑布", "日出", "日落", "夕阳", "峡谷", "田野", "自然", "雪景", "沙漠", "云海", "溪", "星空", "夜空", "冬天", "冬日", "下雪", "雪人", "landscape", "scenery"],
    tags: ["landscape", "scenery", "nature", "landscape photography", "starry sky", "night sky", "milky way"],
    groups: ["scene/nature", "scene/water", "scene/plant", "scene/flower", "scene/weather", "scene/season", "scene/rural"],
    people: false, scenery: true, always: [], places: ["festival", "halloween", "underwater", "lake", "beach", "mountain", "snow", "forest", "nature", "sakura", "rain", "city-night", "city", "historic"],
    defaultPlaces: ["nature", "mountain", "lake", "forest"],
    scene: [["outdoors", "nature"]], details: ["cloud", "horizon", "tree", "grass"], detailCount: 1,
    lighting: ["golden hour", "sunlight", "blue sky", "sunset", "soft natural light", "god rays", "dramatic sky"], lightCount: 2,
    camera: ["wide shot", "panorama", "aerial view", "extreme wide shot", "establishing shot"],
    focus: [],
    styles: ["landscape photography", "photorealistic", "oil painting", "watercolor", "matte painting", "digital painting"],
    negative: ["bad perspective", "oversaturated", "washed out"],
  },
];

export const QUALITY = { always: ["masterpiece", "best quality"], extra: ["highres", "absurdres", "ultra-detailed", "highly detailed", "8k"] };

/** Style packs for the offline "3 style variants". */
export const STYLE_PACKS: Array<{ style: string; zh: string; tags: string[] }> = [
  { style: "Anime", zh: "二次元", tags: ["anime", "illustration", "cel shading"] },
  { style: "Photorealistic", zh: "写实摄影", tags: ["photorealistic", "raw photo", "85mm lens", "depth of field"] },
  { style: "Watercolor", zh: "水彩", tags: ["watercolor", "pastel colors"] },
  { style: "Oil painting", zh: "油画", tags: ["oil painting", "impressionism"] },
  { style: "3D render", zh: "3D 渲染", tags: ["3d render", "octane render", "unreal engine"] },
  { style: "Chinese ink", zh: "水墨国风", tags: ["ink wash painting", "chinese style"] },
  { style: "Cyberpunk", zh: "赛博朋克", tags: ["cyberpunk", "neon lights", "concept art"] },
];
