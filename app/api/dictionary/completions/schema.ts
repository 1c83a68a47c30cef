import { z } from "zod";

/** `format=index` (the default, and the only one): the prebuilt suggestion index the browser's worker loads. */
export const completionsQuerySchema = z.object({ format: z.enum(["index"]).default("index") });
