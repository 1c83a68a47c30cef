import { z } from "zod";

export const styleSchema = z.object({
  name: z.string().trim().min(1).max(100),
  prompt: z.string().max(20_000).default(""),
  negative: z.string().max(20_000).default(""),
  visibility: z.enum(["team", "private"]).optional(),
});

/** PATCH: the style `name` gets any of a new name, prompt and negative. */
export const updateStyleSchema = z.object({
  name: z.string().min(1).max(100),
  changes: z.object({
    name: z.string().trim().min(1).max(100).optional(),
    prompt: z.string().max(20_000).optional(),
    negative: z.string().max(20_000).optional(),
    visibility: z.enum(["team", "private"]).optional(),
  }),
});

export const deleteStyleSchema = z.object({ name: z.string().min(1).max(100) });
export const importStylesSchema = z.object({ csv: z.string().max(5_000_000, "styles.csv is larger than 5 MB") });
