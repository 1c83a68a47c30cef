import { z } from "zod";
import { EXPAND_MODES } from "@/lib/expander/types";

export const expandSchema = z.object({
  text: z.string().trim().min(1).max(4000),
  mode: z.enum(EXPAND_MODES).default("expand"),
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  /** Use the offline expander even when an LLM is configured. */
  offline: z.boolean().default(false),
});
