// The prebuilt CLI: cli/main.ts bundled by esbuild into dist/cli/ (gitignored), so a command starts without tsx
// compiling TypeScript. npm packages stay external (resolved from node_modules at run time). esbuild ships its binary
// in the optional package @esbuild/linux-x64 (or the one for the platform), which installs from npm without running
// a script, so the build works offline even with esbuild's own install script denied.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const bundleDir = path.join(root, "dist", "cli");
export const bundleEntry = path.join(bundleDir, "main.mjs");
const inputsFile = path.join(bundleDir, "inputs.json");

/**
 * Commands the bundle runs. The others read the database, models or files next to their sources (Prisma's client
 * locates its engine from its own folder), so they keep running from the TypeScript sources through tsx.
 */
export const BUNDLED_COMMANDS = new Set(["attention", "schedules", "tokenize", "convert", "format", "noise"]);

/** Builds the bundle into a temporary folder, then swaps it in, so a CLI starting meanwhile never sees half of it. */
export async function buildCliBundle() {
  const esbuild = await import("esbuild");
  const tmp = `${bundleDir}.tmp-${process.pid}`;
  const result = await esbuild.build({
    entryPoints: [path.join(root, "cli", "main.ts")],
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    metafile: true,
    logLevel: "error",
    absWorkingDir: root,
    // Code bundled from CommonJS-style sources may call require(): give it one.
    banner: { js: 'import { createRequire as __cliRequire } from "node:module"; const require = __cliRequire(import.meta.url);' },
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/"));
  fs.writeFileSync(path.join(tmp, "inputs.json"), JSON.stringify(inputs));
  fs.rmSync(bundleDir, { recursive: true, force: true });
  fs.renameSync(tmp, bundleDir);
}

/** Whether the bundle exists and is newer than every source file it was built from (about a millisecond). */
export function cliBundleIsFresh() {
  let built;
  try {
    built = fs.statSync(inputsFile).mtimeMs;
  } catch {
    return false;
  }
  const inputs = JSON.parse(fs.readFileSync(inputsFile, "utf8"));
  return inputs.every((file) => {
    try {
      return fs.statSync(path.join(root, file)).mtimeMs <= built;
    } catch {
      return false;
    }
  });
}
