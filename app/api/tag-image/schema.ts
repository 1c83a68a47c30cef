import { z } from "zod";

/** The largest image accepted for tagging. */
export const MAX_TAG_IMAGE_BYTES = 20 * 1024 * 1024;

// Form fields arrive as strings; an empty one means "not given".
const blankAsMissing = (value: unknown) => (value === "" || value === null ? undefined : value);
const threshold = z.preprocess(blankAsMissing, z.coerce.number().min(0).max(1).optional());

/** The form fields beside the "file" of POST /api/tag-image. */
export const tagImageFieldsSchema = z.object({
  mode: z.preprocess(blankAsMissing, z.enum(["tagger", "clip"]).default("tagger")),
  model: z.preprocess(blankAsMissing, z.string().max(200).optional()),
  threshold,
  characterThreshold: threshold,
});

export type TagImageFields = z.infer<typeof tagImageFieldsSchema>;
