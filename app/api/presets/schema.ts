import { z } from "zod";

export const savePresetSchema = z.object({
  name: z.string().trim().min(1).max(60),
  tags: z.array(z.string().trim().min(1).max(200)).min(1).max(200),
});

export const deletePresetSchema = z.object({ id: z.string().regex(/^user-\d+$/) });
