/** Curated tags for the offline expander's living subjects: people, roles, animals and creatures. */

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
  "magical girl": { outfits: [["frilled dress", "hair bow"], ["frilled dress", "white gloves"]], poses: ["holding wand", "casting spell", "standing"], styles: ["anime", "illustration"] },
  archer: { outfits: [["hooded cloak", "quiver"], ["cloak", "quiver"], ["leather armor", "quiver"]], poses: ["holding bow (weapon)", "aiming"], expressions: ["serious", "determined"], styles: ["fantasy", "concept art"] },
  vampire: { outfits: [["cape", "black coat"], ["cape", "white shirt", "black coat"]], expressions: ["smirk", "serious"], styles: ["gothic art", "dark fantasy"] },
  miko: { outfits: [["hakama skirt", "ribbon-trimmed sleeves"], ["hakama skirt", "detached sleeves"]] },
  nun: { outfits: [["nun outfit"]] },
  ninja: { outfits: [["ninja outfit"], ["ninja outfit", "scarf"]], poses: ["standing", "fighting stance"] },
  police: { outfits: [["police uniform", "police hat"], ["police uniform"]] },
  policewoman: { outfits: [["police uniform", "police hat"], ["police uniform"]] },
  chef: { outfits: [["chef hat", "apron"], ["chef hat", "white shirt"]], poses: ["cooking", "standing"] },
};

/**
 * Styles that dress the people in them, for people without a role: 古风少女 wears hanfu, not a sundress. The first
 * whose style the input names wins, before the scene type's and the place's clothing.
 */
export const STYLE_OUTFITS: Array<{ styles: string[]; outfits: string[][] }> = [
  { styles: ["ancient chinese style", "chinese style", "wuxia", "xianxia"], outfits: [["hanfu", "hair stick"], ["hanfu", "wide sleeves"], ["chinese clothes", "hair ornament"], ["hanfu", "shawl"]] },
  { styles: ["japanese style"], outfits: [["kimono"], ["yukata"], ["kimono", "hair ornament"]] },
  { styles: ["gothic art"], outfits: [["gothic lolita"], ["black dress", "choker"]] },
  { styles: ["steampunk"], outfits: [["goggles on head", "corset"], ["coat", "goggles on head"]] },
];

/** Details for people. */
export const PERSON = {
  hairLength: { female: ["long hair", "very long hair", "medium hair", "short hair"], male: ["short hair", "medium hair"] },
  /** Hair lengths that leave no hair to colour or style. */
  hairless: ["bald"],
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
  focus: ["depth of field", "bokeh", "blurry background"],
  styles: ["anime", "illustration", "digital painting", "watercolor", "photorealistic", "oil painting", "concept art"],
};

/** Details for animals; a subject that names its colour (orange cat) gets no fur colour. */
export const ANIMAL = {
  fur: ["white fur", "black fur", "brown fur", "two-tone fur"],
  furless: /white|black|orange|brown|grey|gray|golden|calico|tabby|tuxedo|ginger|spotted|striped|red|blue|pink|yellow|green/,
  eyes: ["green eyes", "yellow eyes", "blue eyes", "golden eyes"],
  poses: ["sitting", "lying", "sleeping", "walking"],
};

/** Details for dragons, phoenixes and other creatures that are not people. */
export const CREATURE = {
  appearance: ["glowing eyes", "wings", "scales", "horns", "spread wings"],
  poses: ["flying", "standing", "lying"],
};

/** Dictionary groups ("category/sub") whose subjects are people, animals, creatures. */
export const SUBJECT_GROUPS = {
  person: ["people", "occupation", "archetype", "royalty", "fantasy role"],
  animal: ["animal", "bird", "sea life", "reptile", "insect"],
  creature: ["fantasy creature"],
};

/** Groups of people: they take no "solo". */
export const GROUPS = ["2girls", "multiple girls", "couple", "crowd", "multiple boys", "2boys", "group", "no humans"];

/** Humanoid fantasy creatures and roles are people (hair, clothing…); the rest of "fantasy creature" are creatures. */
export const HUMANOID = /girl$|boy$|elf$|^(vampire|angel|demon|mermaid|fairy|succubus|oni|kitsune|fallen angel|archangel|seraph|devil|jiangshi|yuki-onna|dwarf|halfling|gnome|giantess|doll|witch|goddess|spirit)$/;
export const FEMALE = /girl|woman|female|princess|witch|goddess|maid|queen|lady|mermaid|nurse|idol|succubus|yuki-onna|giantess|sister|mother|bride/;
export const MALE = /boy|\bman\b|male|king|prince\b|samurai|wizard|butler|father|brother|husband/;
