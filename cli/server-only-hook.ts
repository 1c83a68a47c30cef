import { register } from "node:module";

let registered = false;

/**
 * The CLI is a server process: make "server-only" (the guard that keeps *.server.ts out of Next's browser bundles)
 * resolve to its empty server entry, as it does in Next's server build. Registered only for the commands that need
 * it, since a resolve hook costs start-up time.
 */
export function allowServerOnlyImports(): void {
  if (registered) return;
  registered = true;
  const hook = "export function resolve(s, c, next) { return next(s, s === 'server-only' ? { ...c, conditions: [...c.conditions, 'react-server'] } : c); }";
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}
