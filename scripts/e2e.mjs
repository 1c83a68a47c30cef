// `npm run test:e2e`: builds the app if needed, serves it on a free port with a throw-away database,
// runs the browser tests (Debian's /usr/bin/chromium via playwright-core), then stops the server.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { copyClipMerges } from "./lib/clip-merges.mjs";
import { sourceFingerprint } from "./lib/fingerprint.mjs";
import { migrateDatabase } from "./lib/migrate.mjs";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const vitestBin = path.join(process.cwd(), "node_modules", "vitest", "vitest.mjs");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "prompt-studio-e2e-"));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: `file:${path.join(tmp, "e2e.db")}` };
process.env.DATABASE_URL = env.DATABASE_URL;

migrateDatabase();
if (!fs.existsSync(path.join("public", "clip-bpe.txt"))) copyClipMerges();
const stampFile = path.join(".next", "prompt-studio-build");
const fingerprint = sourceFingerprint();
if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, "utf8") !== fingerprint) {
  execFileSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  fs.writeFileSync(stampFile, fingerprint);
}

const port = await freePort();
const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], { stdio: ["ignore", "pipe", "inherit"], env });
const baseUrl = `http://127.0.0.1:${port}`;
let code = 1;
try {
  await waitForServer(baseUrl);
  code = await run(process.execPath, [vitestBin, "run", "--config", "vitest.e2e.config.ts"], { ...env, E2E_BASE_URL: baseUrl });
} finally {
  server.kill("SIGTERM");
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);

function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port: p } = srv.address();
      srv.close(() => resolve(p));
    });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

function run(cmd, args, childEnv) {
  return new Promise((resolve) => spawn(cmd, args, { stdio: "inherit", env: childEnv }).on("exit", (c) => resolve(c ?? 1)));
}
