import { z } from "zod";

export const styleSchema = z.object({
  name: z.string().trim().min(1).max(100),
  prompt: z.string().max(20_000).default(""),
  negative: z.string().max(20_000).default(""),
});

export const deleteStyleSchema = z.object({ name: z.string().min(1).max(100) });
export const importStylesSchema = z.object({ csv: z.string().max(5_000_000, "styles.csv is larger than 5 MB") });
