import { z } from "zod";
import { VERSION_SOURCES } from "@/lib/history/version";

/** POST /api/history: the prompts, the version they were edited from, and what saved them. */
export const saveVersionSchema = z.object({
  prompt: z.string().max(100_000),
  negative: z.string().max(100_000).default(""),
  parentId: z.number().int().positive().optional(),
  source: z.enum(VERSION_SOURCES).default("save"),
});

/** GET /api/history?q= */
export const listHistorySchema = z.object({ q: z.string().max(500).optional() });

/** POST /api/history/<id>/renders: the images a render of that version made. */
export const addRendersSchema = z.object({
  renders: z.array(z.object({
    seed: z.number().int().min(0).max(2 ** 53),
    infotext: z.string().max(20_000).default(""),
    url: z.string().max(500).regex(/^(\/api\/render\/[\w-]+\/images\/\d+)?$/, "a render image path").default(""),
  })).min(1).max(64),
});

/** The version id in /api/history/<id>/…. */
export const versionIdSchema = z.coerce.number().int().positive();
