// `npm run test:e2e`: builds the app if needed, serves it on a free port with a throw-away database,
// runs the browser tests (Debian's /usr/bin/chromium via playwright-core), then stops the server.
import { spawn } from "node:child_process";
import path from "node:path";
import { startTestServer } from "./lib/test-server.mjs";

const vitestBin = path.join(process.cwd(), "node_modules", "vitest", "vitest.mjs");
const { url, env, stop, pid } = await startTestServer();
let code = 1;
try {
  code = await new Promise((resolve) => {
    // Extra arguments (reporters) pass through to vitest.
    spawn(process.execPath, [vitestBin, "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)], { stdio: "inherit", env: { ...env, E2E_BASE_URL: url, E2E_SERVER_PID: String(pid) } })
      .on("exit", (c) => resolve(c ?? 1));
  });
} finally {
  stop();
}
process.exit(code);
