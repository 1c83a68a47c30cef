import { z } from "zod";

export const resetEntrySchema = z.object({
  tag: z.string().trim().min(1).max(80),
});
