import { z } from "zod";
import { CATEGORIES } from "./categories";

export { CATEGORIES, CATEGORY_NAMES, type Category } from "./categories";

const HAS_CJK = /\p{Script=Han}/u;

/** One line of a dictionaries/*.jsonl file. */
export const entrySchema = z.strictObject({
  tag: z.string().trim().min(1).max(80),
  zh: z.string().min(1).max(40).regex(HAS_CJK, "zh must contain Chinese characters"),
  aliases: z.array(z.string().min(1).max(80)).max(16).default([]),
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

export { normalizeTag } from "./normalize-tag";
