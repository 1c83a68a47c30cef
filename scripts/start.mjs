// `npm start`: migrates the embedded SQLite database, builds the app if the sources changed since the last build,
// then serves it on http://localhost:3000 (PORT overrides).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { copyClipMerges } from "./lib/clip-merges.mjs";
import { migrateDatabase } from "./lib/migrate.mjs";
import { sourceFingerprint } from "./lib/fingerprint.mjs";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

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
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
