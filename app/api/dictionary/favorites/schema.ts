import { z } from "zod";

export const favoriteSchema = z.object({ tag: z.string().min(1).max(200), favorite: z.boolean() });
