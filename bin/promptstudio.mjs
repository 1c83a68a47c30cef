#!/usr/bin/env node
// Entry point of `npx promptstudio`: runs the TypeScript CLI through tsx's loader (no build step needed).
import { register as registerHooks } from "node:module";
import { register } from "tsx/esm/api";

// The CLI is a server process: "server-only" (the guard that keeps *.server.ts out of Next's browser bundles) resolves
// to its empty server entry, as it does in Next's server build.
const serverOnlyHook = "export function resolve(s, c, next) { return next(s, s === 'server-only' ? { ...c, conditions: [...c.conditions, 'react-server'] } : c); }";
registerHooks(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`);
register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
