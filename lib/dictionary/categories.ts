/** The dictionary's categories, one data file each. */
export const CATEGORIES = [
  "quality", "style", "lighting", "camera", "subject", "appearance", "clothing", "pose", "scene", "color-effects", "emoji", "negative", "character", "franchise",
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Chinese and English names of the categories, for tabs and filters. */
export const CATEGORY_NAMES: Record<Category, { zh: string; en: string }> = {
  quality: { zh: "画质", en: "Quality" },
  style: { zh: "风格", en: "Style" },
  lighting: { zh: "光照", en: "Lighting" },
  camera: { zh: "镜头构图", en: "Camera" },
  subject: { zh: "主体", en: "Subject" },
  appearance: { zh: "外貌", en: "Appearance" },
  clothing: { zh: "服饰", en: "Clothing" },
  pose: { zh: "动作姿势", en: "Pose" },
  scene: { zh: "场景", en: "Scene" },
  "color-effects": { zh: "色彩特效", en: "Colour & effects" },
  emoji: { zh: "表情符号", en: "Emoji" },
  negative: { zh: "负面", en: "Negative" },
  character: { zh: "角色", en: "Characters" },
  franchise: { zh: "作品", en: "Franchises" },
};
