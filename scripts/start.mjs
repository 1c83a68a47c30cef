// `npm start`: checks who the server may answer to, migrates the embedded SQLite database, builds the app if the
// sources changed since the last build, then serves it on http://127.0.0.1:3000 and [::1]:3000 (PORT overrides): this
// machine only. HOST serves others, and then PROMPT_STUDIO_SECRET is required (see the README).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { copyClipMerges } from "./lib/clip-merges.mjs";
import { migrateDatabase } from "./lib/migrate.mjs";
import { sourceFingerprint } from "./lib/fingerprint.mjs";
import { forwardIpv6Loopback } from "./lib/loopback-forward.mjs";
import { register } from "tsx/esm/api";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

// The same rules the running server enforces (lib/security/policy.ts), checked before anything is built or served.
register();
const { getEnv } = await import("../lib/env.ts");
const { securityPolicy } = await import("../lib/security/policy.ts");
const { isLoopbackHostname } = await import("../lib/security/hosts.ts");
let settings;
try {
  settings = getEnv();
} catch (error) {
  console.error(`[start] the environment is not valid / 环境变量无效:\n${error.message}`);
  process.exit(1);
}
const { problem, secret } = securityPolicy(settings);
if (problem) {
  console.error(`[start] ${problem.message}\n[start] ${problem.messageZh}`);
  process.exit(1);
}

// A malformed dictionary file stops start-up here with its name and line, rather than serving half a dictionary.
execFileSync(process.execPath, [path.join("bin", "promptstudio.mjs"), "dict", "check"], { stdio: ["ignore", "ignore", "inherit"] });
migrateDatabase();
if (!fs.existsSync(path.join("public", "clip-bpe.txt"))) copyClipMerges();

const stampFile = path.join(".next", "prompt-studio-build");
const fingerprint = sourceFingerprint();
const built = fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === fingerprint;
if (!built) {
  console.log("[start] building the app (first start or sources changed)…");
  execFileSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  fs.writeFileSync(stampFile, fingerprint);
}

const port = process.env.PORT ?? "3000";
const host = settings.HOST ?? "127.0.0.1";
const server = spawn(process.execPath, [path.join("scripts", "serve.mjs"), "-p", port, "-H", host], { stdio: "inherit", env });
if (!settings.HOST) forwardIpv6Loopback(port);
console.log(settings.HOST && !isLoopbackHostname(settings.HOST)
  ? `[start] serving on ${host}:${port} for other machines${secret ? ", sign-in required" : ""}`
  : `[start] serving this machine only: http://127.0.0.1:${port} (HOST=… and PROMPT_STUDIO_SECRET=… serve others; see the README)`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
