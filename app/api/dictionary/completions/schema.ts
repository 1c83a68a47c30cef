import { z } from "zod";

/** `format=index`: the prebuilt suggestion index the browser's worker loads; `rows` (the default): the rows as JSON. */
export const completionsQuerySchema = z.object({ format: z.enum(["rows", "index"]).default("rows") });
