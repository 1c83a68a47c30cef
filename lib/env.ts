import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  /** The address people reach the app at, for absolute links in share-page metadata. */
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  OPENAI_API_KEY: z.string().optional(),
  // An empty OPENAI_BASE_URL= (as .env files often have) means unset, not an invalid URL that stops the app.
  OPENAI_BASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  OPENAI_MODEL: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** The longest one render on an A1111 or ComfyUI server may take, in milliseconds. */
  RENDER_TIMEOUT_MS: z.coerce.number().int().positive().default(600_000),
});

export type Env = z.infer<typeof envSchema> & { databaseUrl: string };

let cached: Env | null = null;

/** The environment, parsed once; the only module that reads process.env. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.parse(process.env);
  cached = { ...parsed, databaseUrl: parsed.DATABASE_URL ?? `file:${path.join(process.cwd(), "data", "app.db")}` };
  return cached;
}
