import { z } from "zod";

const syntaxSchema = z.enum(["a1111", "novelai", "comfyui", "midjourney"]);

export const convertRequestSchema = z.object({
  prompt: z.string().max(100_000),
  negative: z.string().max(100_000).optional(),
  from: syntaxSchema.default("a1111"),
  to: syntaxSchema,
});
