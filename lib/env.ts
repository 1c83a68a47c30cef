import path from "node:path";
import { z } from "zod";

// An empty KEY= (as .env files often have) means unset, not an invalid value that stops the app.
const blankIsUnset = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema);

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  /**
   * The address people reach the app at (scheme, host, port): absolute links in share-page metadata, the Host and
   * Origin the server answers to, and Secure cookies under https. Unset: the request's own (loopback) origin.
   */
  PUBLIC_URL: blankIsUnset(z.string().url().optional()),
  /** The address `npm start` binds (default 127.0.0.1 and ::1); anything not loopback needs PROMPT_STUDIO_SECRET. */
  HOST: blankIsUnset(z.string().optional()),
  /** The operator's access secret (16 characters or more): with it, every page and API needs a signed-in session. */
  PROMPT_STUDIO_SECRET: blankIsUnset(z.string().optional()),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: blankIsUnset(z.string().url().refine((v) => /^https?:\/\//i.test(v), "must be an http:// or https:// URL").optional()),
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
