import { z } from "zod";
import { CATEGORIES } from "@/lib/dictionary/entry";

export const searchQuerySchema = z.object({
  q: z.string().max(10_000).default(""),
  category: z.enum(CATEGORIES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(40),
});
