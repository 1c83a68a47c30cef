import { z } from "zod";
import { promptTextSchema, stepsSchema } from "@/lib/prompt/prompt-text-schema";

export const analyzeRequestSchema = z.object({
  prompt: promptTextSchema,
  steps: stepsSchema,
  isNegative: z.boolean().default(false),
});

export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;
