import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { copyClipMerges } from "./clip-merges.mjs";
import { sourceFingerprint } from "./fingerprint.mjs";
import { migrateDatabase } from "./migrate.mjs";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

/**
 * Builds the app if the sources changed, then serves it on a free loopback port with a throw-away database (and any
 * extra environment, e.g. an access secret). Returns its URL, its process id (the abuse test watches its memory) and a
 * stop function (which also deletes the database). A DATABASE_URL in `extraEnv` (a PostgreSQL database the caller
 * made and migrated, shared by several servers) is used as it is.
 */
export async function startTestServer(extraEnv = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "prompt-studio-server-"));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv, DATABASE_URL: extraEnv.DATABASE_URL ?? `file:${path.join(tmp, "test.db")}` };
  if (!extraEnv.DATABASE_URL) {
    process.env.DATABASE_URL = env.DATABASE_URL;
    migrateDatabase();
  }
  if (!fs.existsSync(path.join("public", "clip-bpe.txt"))) copyClipMerges();
  const stampFile = path.join(".next", "prompt-studio-build");
  const fingerprint = sourceFingerprint();
  if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, "utf8") !== fingerprint) {
    execFileSync(process.execPath, [nextBin, "build"], { stdio: ["ignore", "ignore", "inherit"], env });
    fs.writeFileSync(stampFile, fingerprint);
  }
  const port = await freePort();
  // The server logs to a file, not to our stderr: if this process is killed, an orphaned server writing to a closed
  // pipe would spin on EPIPE errors.
  const logFile = path.join(tmp, "server.log");
  const log = fs.openSync(logFile, "a");
  const server = spawn(process.execPath, [path.join("scripts", "serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], { stdio: ["ignore", log, log], env });
  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    server.kill("SIGTERM");
    fs.closeSync(log);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(signal, () => { stop(); process.exit(130); });
  try {
    await waitForServer(url);
  } catch (error) {
    process.stderr.write(fs.readFileSync(logFile, "utf8").slice(-4000));
    stop();
    throw error;
  }
  return { url, env, stop, logFile, pid: server.pid };
}

function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}
