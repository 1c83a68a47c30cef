import { z } from "zod";
import { promptTextSchema } from "@/lib/prompt/prompt-text-schema";

const syntaxSchema = z.enum(["a1111", "novelai", "comfyui", "midjourney"]);

export const convertRequestSchema = z.object({
  prompt: promptTextSchema,
  negative: promptTextSchema.optional(),
  from: syntaxSchema.default("a1111"),
  to: syntaxSchema,
});
