import { z } from "zod";

const httpUrl = z.string().trim().max(500).refine((v) => v === "" || (/^https?:\/\/\S+$/i.test(v) && URL.canParse(v)), "must be an http:// or https:// URL, or empty");

export const llmSettingsSchema = z.object({
  baseUrl: httpUrl.optional(),
  model: z.string().trim().max(200).optional(),
  /** Omitted: keep the saved key; empty: clear it (the environment's key applies). */
  apiKey: z.string().trim().max(500).optional(),
});
