#!/usr/bin/env node
// Entry point of `promptstudio`. The commands that need no database or model run from the prebuilt bundle in dist/cli
// (built by `npm install`, or here on first use and whenever a source is newer); the rest, or all of them when esbuild
// is missing or PROMPTSTUDIO_NO_BUNDLE is set, run the TypeScript sources through tsx's loader.
import { BUNDLED_COMMANDS, buildCliBundle, bundleEntry, cliBundleIsFresh } from "../scripts/lib/cli-bundle.mjs";

const argv = process.argv.slice(2);
let main = null;
if (BUNDLED_COMMANDS.has(argv[0]) && !process.env.PROMPTSTUDIO_NO_BUNDLE) {
  try {
    if (!cliBundleIsFresh()) await buildCliBundle();
    ({ main } = await import(bundleEntry));
  } catch (error) {
    if (process.env.PROMPTSTUDIO_DEBUG) process.stderr.write(`promptstudio: no bundle (${error.message}), running the sources\n`);
  }
}
if (!main) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../cli/main.ts"));
}
process.exitCode = await main(argv);
