/** Places the offline expander knows: what names them in the input, and the details, light and poses that fit. */

/** A kind of place; it refines a scene type's pools when the input names it. */
export interface Place {
  id: string;
  /** Any of these tag sets, all present among the input's concepts, selects the place. */
  triggers: string[][];
  /** The place itself, when the input names none. */
  scene: string[];
  details: string[];
  lighting: string[];
  personPoses: string[];
  animalPoses: string[];
  /** Clothing that suits the place; else the usual outfits. */
  outfits?: string[][];
  /** The same for men, where theirs differ (a beach is no place for a suit). */
  maleOutfits?: string[][];
  /** Only its own details: the scene type's would not fit (clouds under the sea, a living room's sofa in a kitchen). */
  ownDetails?: boolean;
}

/** Places in priority order: the first whose trigger matches wins. */
export const PLACES: Place[] = [
  {
    id: "underwater", triggers: [["underwater"], ["coral reef"], ["ocean floor"], ["seaweed"]], scene: ["underwater"],
    details: ["coral reef", "fish", "seaweed", "air bubble", "bubble", "seabed"],
    lighting: ["light rays", "caustics", "sunlight", "god rays"],
    personPoses: ["swimming", "floating"], animalPoses: ["swimming"],
    outfits: [["swimsuit"], ["white dress"]], maleOutfits: [["swim trunks"], ["white shirt"]], ownDetails: true,
  },
  {
    id: "kitchen", triggers: [["kitchen"], ["cooking"]], scene: ["kitchen", "indoors"],
    details: ["cooking pot", "frying pan", "vegetable", "counter", "window", "plate"],
    lighting: ["window light", "warm lighting", "soft lighting", "morning light"],
    personPoses: ["cooking", "standing"], animalPoses: ["sitting", "lying"],
    outfits: [["apron"], ["apron", "sweater"], ["apron", "white shirt"]], maleOutfits: [["apron"], ["apron", "white shirt"]], ownDetails: true,
  },
  {
    id: "festival", triggers: [["summer festival"], ["festival"]], scene: ["summer festival", "night", "outdoors"],
    details: ["paper lantern", "aerial fireworks", "fireworks", "lantern"],
    lighting: ["night sky", "fireworks", "lantern"],
    personPoses: ["standing", "walking", "holding fan"], animalPoses: ["sitting", "walking"],
    outfits: [["yukata"], ["yukata", "hair flower"], ["kimono"]], maleOutfits: [["yukata"], ["jinbei"]], ownDetails: true,
  },
  {
    id: "halloween", triggers: [["halloween"], ["jack-o'-lantern"]], scene: ["halloween", "night"],
    details: ["jack-o'-lantern", "pumpkin", "candle", "bat (animal)", "full moon"],
    lighting: ["moonlight", "candlelight", "night sky"],
    personPoses: ["standing", "walking"], animalPoses: ["sitting", "lying"],
    outfits: [["halloween costume"], ["witch hat", "black dress"]], maleOutfits: [["halloween costume"], ["cape"]], ownDetails: true,
  },
  {
    id: "cafe", triggers: [["cafe"], ["restaurant"], ["bar"], ["drinking coffee"]], scene: ["cafe", "indoors"],
    details: ["cup of coffee", "table", "window", "potted plant", "chair", "bookshelf", "wooden floor", "counter", "teacup"],
    lighting: ["warm lighting", "window light", "soft lighting", "sunlight", "afternoon"],
    personPoses: ["sitting", "holding cup", "chin rest", "reading", "drinking coffee"], animalPoses: ["sitting", "lying", "sleeping"],
    outfits: [["sweater", "long skirt"], ["cardigan", "white shirt"], ["blouse", "pleated skirt"], ["white dress"], ["hoodie", "jeans"], ["coat", "scarf"]],
  },
  {
    id: "asian-table", triggers: [["noodles"], ["ramen"], ["dumplings"], ["sushi"], ["hot pot"], ["chopsticks"]], scene: ["wooden table"],
    details: ["chopsticks", "steam", "bowl"],
    lighting: ["warm lighting", "soft lighting", "window light", "lantern light"],
    personPoses: ["eating", "sitting"], animalPoses: ["sitting", "eating"],
  },
  {
    id: "city-night", triggers: [["night city"], ["cityscape", "night"], ["city", "night"], ["street", "night"], ["neon lights"], ["neon sign"], ["cyberpunk city"]],
    scene: ["night city"], details: ["city lights", "skyscraper", "neon sign", "street lamp", "skyline", "building", "road", "puddle", "traffic"],
    lighting: ["night", "neon lights", "night sky", "moonlight", "reflection", "blue hour"],
    personPoses: ["standing", "walking"], animalPoses: ["sitting", "walking"],
    outfits: [["jacket", "jeans"], ["hoodie"], ["coat", "scarf"], ["black dress"]],
  },
  {
    id: "space", triggers: [["space"], ["nebula"], ["spaceship"], ["space station"], ["alien planet"], ["galaxy sky"]], scene: ["space"],
    details: ["starry sky", "nebula", "galaxy sky", "space station", "stardust", "light particles", "moon"],
    lighting: ["starlight", "rim light", "cinematic lighting", "volumetric lighting"],
    personPoses: ["floating", "standing"], animalPoses: ["floating"],
  },
  {
    id: "rain", triggers: [["rain"], ["rainy day"], ["heavy rain"], ["raindrops"]], scene: ["street", "outdoors"],
    details: ["puddle", "raindrops", "puddle reflection", "street lamp", "wet reflections"],
    lighting: ["overcast", "moody lighting", "lamplight", "dim lighting"],
    personPoses: ["standing", "walking", "holding umbrella"], animalPoses: ["sitting", "walking"],
    outfits: [["raincoat"], ["coat", "scarf"], ["hoodie", "jeans"]],
  },
  {
    id: "school", triggers: [["classroom"], ["school"], ["school hallway"], ["chalkboard"], ["school desk"]], scene: ["classroom", "indoors"],
    details: ["chalkboard", "school desk", "school chair", "window", "curtains", "desk"],
    lighting: ["window light", "sunlight", "afternoon", "soft lighting", "dappled sunlight"],
    personPoses: ["sitting", "reading", "standing", "writing"], animalPoses: ["sitting", "lying", "sleeping"],
    outfits: [["school uniform"], ["serafuku"], ["school uniform", "pleated skirt"], ["school uniform", "cardigan"]],
    maleOutfits: [["gakuran"], ["school uniform"]], ownDetails: true,
  },
  {
    id: "room", triggers: [["windowsill"], ["window"], ["bedroom"], ["living room"], ["indoors"], ["library"], ["bed"], ["desk"], ["piano"], ["playing piano"], ["fish tank"]],
    scene: ["indoors"], details: ["curtains", "window", "potted plant", "bookshelf", "pillow", "wooden floor", "fairy lights", "blanket", "vase"],
    lighting: ["window light", "sunlight", "dappled sunlight", "soft lighting", "morning light"],
    personPoses: ["sitting", "reading", "lying", "standing"], animalPoses: ["sitting", "lying", "sleeping", "stretching"],
  },
  {
    id: "sakura", triggers: [["cherry blossoms"]], scene: ["cherry blossoms", "outdoors"],
    details: ["falling petals", "petals", "tree", "spring", "path", "blue sky"],
    lighting: ["sunlight", "dappled sunlight", "soft lighting", "soft natural light"],
    personPoses: ["standing", "walking"], animalPoses: ["sitting", "walking"],
  },
  {
    id: "lake", triggers: [["lake"], ["lakeside"], ["pond"], ["river"], ["riverbank"], ["stream"], ["fishing"], ["fishing rod"]], scene: ["lake", "outdoors"],
    details: ["water reflection", "reeds", "pine tree", "mountain range", "pier", "ripples", "tree", "boat"],
    lighting: ["morning light", "sunrise", "golden hour", "soft natural light", "blue sky", "lake reflection"],
    personPoses: ["standing", "sitting", "walking"], animalPoses: ["sitting", "walking"],
  },
  {
    id: "beach", triggers: [["beach"], ["ocean"], ["seaside"], ["coast"], ["shore"], ["waves"]], scene: ["beach", "outdoors"],
    details: ["waves", "sand", "horizon", "palm tree", "pier", "seashell"],
    lighting: ["sunlight", "sunset", "golden hour", "blue sky", "clouds"],
    personPoses: ["standing", "walking", "sitting"], animalPoses: ["sitting", "walking"],
    outfits: [["swimsuit"], ["sundress"], ["white dress"], ["white shirt", "shorts"]],
    maleOutfits: [["t-shirt", "shorts"], ["hawaiian shirt", "shorts"], ["swim trunks"]],
  },
  {
    id: "mountain", triggers: [["mountain"], ["mountain path"], ["mountain range"], ["snowy mountain"], ["cliff"], ["valley"], ["canyon"], ["mountain top"]],
    scene: ["mountain", "outdoors"], details: ["mountain range", "cliff", "valley", "pine tree", "sea of clouds", "rock"],
    lighting: ["golden hour", "sunlight", "blue sky", "clouds", "sunrise", "dramatic sky"],
    personPoses: ["standing", "walking"], animalPoses: ["standing", "walking"],
  },
  {
    id: "snow", triggers: [["snow"], ["winter"], ["snowman"], ["snowflakes"], ["snow-covered"], ["snowfield"]], scene: ["snow", "winter", "outdoors"],
    details: ["snowflakes", "pine tree", "bare tree", "footprints", "frost", "snow-covered"],
    lighting: ["overcast", "soft lighting", "soft natural light"],
    personPoses: ["standing", "walking"], animalPoses: ["sitting", "walking", "lying"],
    outfits: [["winter coat", "scarf"], ["coat", "scarf", "mittens"], ["winter coat", "earmuffs"]], maleOutfits: [["winter coat", "scarf"], ["coat", "scarf"]], ownDetails: true,
  },
  {
    id: "forest", triggers: [["forest"], ["jungle"], ["bamboo forest"], ["enchanted forest"], ["tree"]], scene: ["forest", "outdoors"],
    details: ["tree", "grass", "moss", "mushroom", "fog", "vines", "forest path", "flower", "fallen leaves"],
    lighting: ["dappled sunlight", "god rays", "light rays", "sunlight", "morning light"],
    personPoses: ["standing", "walking"], animalPoses: ["sitting", "walking", "lying"],
  },
  {
    id: "historic", triggers: [["cathedral"], ["church"], ["chapel"], ["castle"], ["palace"], ["monastery"], ["fortress"], ["gothic architecture"]],
    scene: ["castle", "outdoors"], details: ["stone wall", "arch", "pillar", "tower", "stained glass", "statue", "stairs", "dome"],
    lighting: ["sunset", "dramatic sky", "god rays", "golden hour", "clouds", "blue sky"],
    personPoses: ["standing", "walking"], animalPoses: ["sitting", "flying"],
  },
  {
    id: "city", triggers: [["city"], ["cityscape"], ["street"], ["alley"], ["rooftop"], ["skyscraper"]], scene: ["city", "street"],
    details: ["building", "skyscraper", "street lamp", "skyline", "road", "crosswalk", "vending machine", "bench"],
    lighting: ["daylight", "sunlight", "sunset", "golden hour", "blue sky", "clouds"],
    personPoses: ["standing", "walking"], animalPoses: ["sitting", "walking"],
  },
  {
    id: "nature", triggers: [["landscape"], ["nature"], ["field"], ["meadow"], ["flower field"], ["grassland"], ["hill"]],
    scene: ["flower field", "outdoors"], details: ["grass", "flower", "tree", "mountain range", "hill", "wildflowers", "butterfly", "path"],
    lighting: ["sunlight", "golden hour", "blue sky", "clouds", "sunset", "daylight"],
    personPoses: ["standing", "walking", "sitting"], animalPoses: ["sitting", "walking", "lying"],
  },
];
