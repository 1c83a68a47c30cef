// Test-only: the pieces of a team-mode cluster on loopback — a fresh PostgreSQL database, the tiny model registered
// in it, accounts with session cookies, worker processes, and a reader of a render's server-sent events.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startSession } from "../../lib/auth/session";
import { writeTinyModel } from "../../lib/render/backends/onnx/tiny-model/make-tiny-model";

const bin = path.join(process.cwd(), "bin", "promptstudio.mjs");

/** A new database on the server TEST_POSTGRES_URL names, every migration applied; `drop()` removes it. */
export function createTeamDatabase(serverUrl: string): { url: string; drop: () => Promise<void> } {
  const url = execFileSync(process.execPath, [path.join("tests", "support", "create-postgres-database.mjs"), serverUrl], { encoding: "utf8" });
  const drop = async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  };
  return { url, drop };
}

/** Writes the tiny random-weight model under `dir` and registers it (through the CLI) in the database; answers its id. */
export function registerTinyModel(databaseUrl: string, dir: string): string {
  const folder = path.join(dir, "tiny-sd");
  writeTinyModel(folder);
  const out = execFileSync(process.execPath, [bin, "models", "add", folder, "--json"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl } });
  return (JSON.parse(out) as { model: { id: string } }).model.id;
}

/** Adds an account straight into the User table (sign-in is not what these tests are about). */
export async function insertUser(databaseUrl: string, user: { email: string; role?: "admin" | "member"; maxWaitingJobs?: number; imagesPerHour?: number }): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const id = crypto.randomUUID();
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", role, "maxWaitingJobs", "imagesPerHour", "updatedAt") VALUES ($1, $2, '-', $3, $4, $5, now())`,
    [id, user.email, user.role ?? "member", user.maxWaitingJobs ?? null, user.imagesPerHour ?? null],
  );
  await client.end();
  return id;
}

/** The Cookie header of a signed-in session for this user, sealed with the servers' secret. */
export async function sessionCookie(secret: string, userId: string): Promise<string> {
  const response = new Response(null);
  await startSession(new Request("http://127.0.0.1/"), response, secret, false, { id: userId, version: 0 });
  return response.headers.get("set-cookie")!.split(";")[0];
}

/** A `promptstudio worker` process; its stderr goes to `logFile`. */
export interface WorkerProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  exited: Promise<number | null>;
}

export function startWorkerProcess(name: string, env: Record<string, string>, logDir: string, args: string[] = []): WorkerProcess {
  const logFile = path.join(logDir, `${name}.log`);
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, [bin, "worker", "--name", name, ...args], { stdio: ["ignore", log, log], env: { ...process.env, ...env } });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => {
    fs.closeSync(log);
    resolve(code);
  }));
  return { name, child, logFile, exited };
}

/** One server-sent event. */
export interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Reads a render's event stream to its end (done or error); `onEvent` hears each as it comes. */
export async function readRenderEvents(url: string, cookie: string, onEvent: (event: SseEvent) => void = () => {}): Promise<SseEvent[]> {
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok || !res.body) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (!event || data === undefined) continue;
      const parsed = { event, data: JSON.parse(data) as Record<string, unknown> };
      events.push(parsed);
      onEvent(parsed);
    }
  }
  return events;
}
