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
 * Builds the app if the sources changed, then serves it on a free port with a throw-away database.
 * Returns its URL and a stop function (which also deletes the database).
 */
export async function startTestServer() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "prompt-studio-server-"));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: `file:${path.join(tmp, "test.db")}` };
  process.env.DATABASE_URL = env.DATABASE_URL;
  migrateDatabase();
  if (!fs.existsSync(path.join("public", "clip-bpe.txt"))) copyClipMerges();
  const stampFile = path.join(".next", "prompt-studio-build");
  const fingerprint = sourceFingerprint();
  if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, "utf8") !== fingerprint) {
    execFileSync(process.execPath, [nextBin, "build"], { stdio: ["ignore", "ignore", "inherit"], env });
    fs.writeFileSync(stampFile, fingerprint);
  }
  const port = await freePort();
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], { stdio: ["ignore", "ignore", "inherit"], env });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    server.kill("SIGTERM");
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitForServer(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, env, stop };
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
