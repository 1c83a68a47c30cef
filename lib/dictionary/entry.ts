import { z } from "zod";

export const CATEGORIES = [
  "quality", "style", "lighting", "camera", "subject", "appearance", "clothing", "pose", "scene", "color-effects", "emoji", "negative",
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
};

const HAS_CJK = /\p{Script=Han}/u;

/** One line of a dictionaries/*.jsonl file. */
export const entrySchema = z.strictObject({
  tag: z.string().trim().min(1).max(80),
  zh: z.string().min(1).max(40).regex(HAS_CJK, "zh must contain Chinese characters"),
  aliases: z.array(z.string().min(1).max(80)).max(8).default([]),
  category: z.enum(CATEGORIES),
  sub: z.string().min(1).max(40),
  pop: z.number().int().min(1).max(5),
  note: z.string().max(200).optional(),
});

export type DictionaryEntry = z.infer<typeof entrySchema> & {
  /** Where it comes from: the data files, or the user (their own entry or their edit of a built-in one). */
  source?: "builtin" | "user";
  favorite?: boolean;
};

/** The form tags are compared in: lower case, underscores as spaces, single spaces. */
export function normalizeTag(tag: string): string {
  return tag.toLowerCase().replace(/_/g, " ").replace(/\s+/g, " ").trim();
}
