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
  /** "1" turns team mode on: accounts, owners and render workers on a shared job queue (needs a PostgreSQL DATABASE_URL). */
  PROMPT_STUDIO_TEAM: blankIsUnset(z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true").optional()),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: blankIsUnset(z.string().url().refine((v) => /^https?:\/\//i.test(v), "must be an http:// or https:// URL").optional()),
  OPENAI_MODEL: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** The longest one render on an A1111 or ComfyUI server may take, in milliseconds. */
  RENDER_TIMEOUT_MS: z.coerce.number().int().positive().default(600_000),
  /**
   * Team mode: how long a running job may go without word from its worker (it reports at least every second) before
   * the worker counts as dead and the job goes to another one, in milliseconds.
   */
  RENDER_WORKER_TIMEOUT_MS: z.coerce.number().int().min(2000).default(30_000),
  /** Where rendered PNGs are saved; unset: outputs/ beside the database file (data/outputs/ by default). */
  OUTPUTS_DIR: blankIsUnset(z.string().optional()),
});

export type Env = z.infer<typeof envSchema> & { databaseUrl: string; outputsDir: string };

/**
 * Where renders are saved: OUTPUTS_DIR, else an outputs/ folder beside the SQLite file the database URL names (so
 * a test or a second install with its own database keeps its own renders), else data/outputs/ under `cwd`.
 * @example outputsDirFor("file:/srv/studio/app.db", undefined, "/app") // "/srv/studio/outputs"
 */
export function outputsDirFor(databaseUrl: string, outputsDir: string | undefined, cwd: string): string {
  if (outputsDir) return path.resolve(cwd, outputsDir);
  if (databaseUrl.startsWith("file:")) {
    const file = databaseUrl.slice("file:".length).replace(/\?.*$/, "");
    if (file && file !== ":memory:") return path.join(path.dirname(path.resolve(cwd, file)), "outputs");
  }
  return path.join(cwd, "data", "outputs");
}

let cached: Env | null = null;
let cachedFor = "";

/** The environment, parsed once (again if the database, outputs, team or secret setting changes); the only module that reads process.env. */
export function getEnv(): Env {
  const key = ["DATABASE_URL", "OUTPUTS_DIR", "PROMPT_STUDIO_TEAM", "PROMPT_STUDIO_SECRET"].map((name) => process.env[name] ?? "").join("\n");
  if (cached && cachedFor === key) return cached;
  cachedFor = key;
  const parsed = envSchema.parse(process.env);
  const databaseUrl = parsed.DATABASE_URL ?? `file:${path.join(process.cwd(), "data", "app.db")}`;
  cached = { ...parsed, databaseUrl, outputsDir: outputsDirFor(databaseUrl, parsed.OUTPUTS_DIR, process.cwd()) };
  return cached;
}
