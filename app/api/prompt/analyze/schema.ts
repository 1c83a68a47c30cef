import { z } from "zod";

export const analyzeRequestSchema = z.object({
  prompt: z.string().max(100_000, "prompt is longer than 100,000 characters"),
  steps: z.number().int().min(1).max(1000).default(20),
  isNegative: z.boolean().default(false),
});

export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;
