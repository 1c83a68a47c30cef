/** Curated, popular dictionary tags the offline expander picks from (every tag here is in dictionaries/*.jsonl). */

/** A kind of place: what sets it apart in the input, and the details, light and poses that fit it. */
export interface SceneTheme {
  id: string;
  /** Any of these tag sets, all present among the input's concepts, selects the theme. */
  triggers: string[][];
  /** The place itself, when the input names none. */
  scene: string[];
  details: string[];
  lighting: string[];
  personPoses: string[];
  animalPoses: string[];
  /** Clothing that suits the place; else the usual outfits. */
  outfits?: string[][];
}

/** Themes in priority order: the first whose trigger matches wins. */
export const SCENE_THEMES: SceneTheme[] = [
  {
    id: "cafe", triggers: [["cafe"], ["restaurant"], ["bar"], ["drinking coffee"]], scene: ["cafe", "indoors"],
    details: ["cup of coffee", "table", "window", "potted plant", "chair", "bookshelf", "wooden floor", "counter", "teacup"],
    lighting: ["warm lighting", "window light", "soft lighting", "sunlight", "afternoon"],
    personPoses: ["sitting", "holding cup", "chin rest", "reading", "drinking coffee"], animalPoses: ["sitting", "lying", "sleeping"],
    outfits: [["sweater", "long skirt"], ["cardigan", "white shirt"], ["blouse", "pleated skirt"], ["white dress"], ["hoodie", "jeans"], ["coat", "scarf"]],
  },
  {
    id: "city-night", triggers: [["night city"], ["cityscape", "night"], ["city", "night"], ["street", "night"], ["neon lights"], ["neon sign"]],
    scene: ["night city"], details: ["city lights", "skyscraper", "neon sign", "street lamp", "skyline", "building", "road", "puddle", "traffic"],
    lighting: ["night", "neon lights", "night sky", "moonlight", "reflection", "blue hour"],
    personPoses: ["standing", "walking", "looking up"], animalPoses: ["sitting", "walking"],
    outfits: [["jacket", "jeans"], ["hoodie"], ["coat", "scarf"], ["black dress"]],
  },
  {
    id: "room", triggers: [["windowsill"], ["window"], ["bedroom"], ["living room"], ["indoors"], ["library"], ["classroom"], ["bed"]],
    scene: ["bedroom", "indoors"], details: ["curtains", "window", "potted plant", "bookshelf", "pillow", "wooden floor", "fairy lights", "blanket", "vase"],
    lighting: ["window light", "sunlight", "dappled sunlight", "soft lighting", "morning light"],
    personPoses: ["sitting", "reading", "lying", "standing"], animalPoses: ["sitting", "lying", "sleeping", "stretching"],
  },
  {
    id: "forest", triggers: [["forest"], ["jungle"], ["bamboo forest"], ["enchanted forest"], ["tree"]], scene: ["forest", "outdoors"],
    details: ["tree", "grass", "moss", "mushroom", "fog", "vines", "forest path", "flower", "fallen leaves"],
    lighting: ["dappled sunlight", "god rays", "light rays", "sunlight", "morning light"],
    personPoses: ["standing", "walking", "looking up"], animalPoses: ["sitting", "walking", "lying"],
  },
  {
    id: "water", triggers: [["beach"], ["ocean"], ["seaside"], ["lake"], ["river"], ["waterfall"]], scene: ["beach", "outdoors"],
    details: ["waves", "sand", "horizon", "palm tree", "pier", "seashell"],
    lighting: ["sunlight", "sunset", "golden hour", "blue sky", "clouds"],
    personPoses: ["standing", "walking", "sitting"], animalPoses: ["sitting", "walking"],
    outfits: [["sundress"], ["white dress"], ["white shirt", "shorts"]],
  },
  {
    id: "city", triggers: [["city"], ["cityscape"], ["street"], ["alley"], ["rooftop"], ["skyscraper"]], scene: ["city", "street"],
    details: ["building", "skyscraper", "street lamp", "skyline", "road", "crosswalk", "vending machine", "bench"],
    lighting: ["daylight", "sunlight", "sunset", "golden hour", "blue sky", "clouds"],
    personPoses: ["standing", "walking"], animalPoses: ["sitting", "walking"],
  },
  {
    id: "nature", triggers: [["mountain"], ["landscape"], ["nature"], ["field"], ["meadow"], ["flower field"], ["grassland"], ["hill"]],
    scene: ["flower field", "outdoors"], details: ["grass", "flower", "tree", "mountain range", "hill", "wildflowers", "butterfly", "path"],
    lighting: ["sunlight", "golden hour", "blue sky", "clouds", "sunset", "daylight"],
    personPoses: ["standing", "walking", "sitting"], animalPoses: ["sitting", "walking", "lying"],
  },
];

/** Roles that bring their own clothing, pose, expression and style. */
export const ROLES: Record<string, { outfits: string[][]; poses?: string[]; expressions?: string[]; styles?: string[] }> = {
  knight: { outfits: [["armor", "cape"], ["plate armor", "cloak"], ["armor", "helmet"], ["chainmail", "cape"]], poses: ["standing", "holding sword", "walking"], expressions: ["serious", "determined", "confident"], styles: ["fantasy", "medieval", "concept art", "oil painting"] },
  "female knight": { outfits: [["armor", "cape"], ["plate armor", "cloak"]], poses: ["standing", "holding sword"], expressions: ["serious", "determined"], styles: ["fantasy", "concept art"] },
  warrior: { outfits: [["armor", "cape"], ["chainmail", "cloak"]], poses: ["standing", "holding sword", "fighting stance"], expressions: ["serious", "determined"], styles: ["fantasy", "concept art"] },
  samurai: { outfits: [["japanese armor"], ["kimono"]], poses: ["standing", "holding katana"], expressions: ["serious", "determined"], styles: ["ink wash painting", "concept art"] },
  maid: { outfits: [["maid outfit", "maid headdress"], ["maid outfit", "apron"]], poses: ["standing", "holding cup"] },
  witch: { outfits: [["witch hat", "robe"], ["witch hat", "black dress"], ["witch hat", "cloak"]], poses: ["holding staff", "casting spell", "standing"], styles: ["fantasy"] },
  wizard: { outfits: [["robe"], ["cloak"]], poses: ["holding staff", "casting spell"], styles: ["fantasy"] },
  princess: { outfits: [["princess dress", "tiara"], ["evening gown", "crown"]] },
  nurse: { outfits: [["nurse uniform", "nurse cap"]] },
  student: { outfits: [["school uniform"], ["serafuku"], ["school uniform", "pleated skirt"]] },
  schoolgirl: { outfits: [["school uniform", "pleated skirt"], ["serafuku"]] },
  astronaut: { outfits: [["spacesuit"], ["spacesuit", "helmet"]], poses: ["floating", "standing"], styles: ["science fiction"] },
  idol: { outfits: [["idol clothes"]], poses: ["singing", "dancing"] },
};

/** Details for people. */
export const PERSON = {
  hairLength: { female: ["long hair", "very long hair", "medium hair", "short hair"], male: ["short hair", "medium hair"] },
  hairColour: ["black hair", "brown hair", "blonde hair", "silver hair", "white hair", "pink hair", "red hair", "blue hair"],
  hairStyle: ["ponytail", "braid", "twintails", "hair bun", "bangs", "side ponytail"],
  eyes: ["blue eyes", "green eyes", "brown eyes", "red eyes", "purple eyes", "golden eyes"],
  expressions: ["smile", "light smile", "gentle smile", "happy", "blush", "closed mouth"],
  outfits: {
    female: [["white dress"], ["sweater", "pleated skirt"], ["blouse", "long skirt"], ["cardigan", "white shirt"], ["hoodie", "jeans"], ["sundress"], ["black dress"]],
    male: [["white shirt", "jeans"], ["hoodie"], ["suit"], ["jacket", "jeans"], ["sweater"], ["coat", "scarf"]],
  },
  accessories: ["hair ornament", "earrings", "necklace", "hair ribbon", "beret", "glasses", "hair flower"],
  poses: ["standing", "sitting", "walking"],
  gaze: ["looking at viewer", "looking away", "looking to the side", "looking up"],
  shots: ["upper body", "cowboy shot", "full body", "portrait"],
  styles: ["anime", "illustration", "digital painting", "watercolor", "photorealistic", "oil painting", "concept art"],
};

/** Details for animals. */
export const ANIMAL = {
  fur: ["white fur", "black fur", "brown fur", "two-tone fur"],
  eyes: ["green eyes", "yellow eyes", "blue eyes", "golden eyes"],
  poses: ["sitting", "lying", "sleeping", "walking"],
  shots: ["close-up", "full body", "from side", "from above"],
  styles: ["photorealistic", "watercolor", "illustration", "oil painting", "anime"],
};

/** Details for dragons, phoenixes and other creatures that are not people. */
export const CREATURE = {
  appearance: ["glowing eyes", "wings", "scales", "horns", "spread wings"],
  poses: ["flying", "standing", "lying"],
  shots: ["full body", "from below", "wide shot", "dynamic angle"],
  styles: ["fantasy", "concept art", "digital painting", "oil painting"],
};

/** Details for landscapes, cityscapes and objects. */
export const SCENERY = {
  shots: ["wide shot", "from above", "aerial view", "panorama", "from below"],
  objectShots: ["close-up", "from side", "from above"],
  styles: ["photorealistic", "digital painting", "watercolor", "oil painting", "concept art", "anime"],
};

export const FOCUS = ["depth of field", "bokeh", "blurry background"];
export const QUALITY = { always: ["masterpiece", "best quality"], extra: ["highres", "absurdres", "ultra-detailed", "highly detailed", "8k"] };

/** Humanoid fantasy creatures and roles are people (hair, clothing…); the rest of "fantasy creature" are creatures. */
export const HUMANOID = /girl$|boy$|elf$|^(vampire|angel|demon|mermaid|fairy|succubus|oni|kitsune|fallen angel|archangel|seraph|devil|jiangshi|yuki-onna|dwarf|halfling|gnome|giantess|doll|witch|goddess|spirit)$/;
export const FEMALE = /girl|woman|female|princess|witch|goddess|maid|queen|lady|mermaid|nurse|idol|succubus|yuki-onna|giantess|sister|mother|bride/;
export const MALE = /boy|\bman\b|male|king|prince\b|samurai|wizard|butler|father|brother|husband/;

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
