// `npm run test:e2e`: finds a Chromium-based browser (scripts/lib/find-browser.mjs; without one it stops here with one
// line on how to get one), builds the app if needed, serves it on a free port with a throw-away database, runs the
// browser tests with playwright-core, then stops the server.
import { spawn } from "node:child_process";
import path from "node:path";
import { findBrowser, NO_BROWSER_MESSAGE } from "./lib/find-browser.mjs";
import { startTestServer } from "./lib/test-server.mjs";

const browser = await findBrowser();
if (!browser) {
  console.error(process.env.CHROMIUM_PATH ? `CHROMIUM_PATH (${process.env.CHROMIUM_PATH}) is not a file. ${NO_BROWSER_MESSAGE}` : NO_BROWSER_MESSAGE);
  process.exit(1);
}
console.log(`browser tests in ${browser.label}`);

const vitestBin = path.join(process.cwd(), "node_modules", "vitest", "vitest.mjs");
const { url, env, stop, pid } = await startTestServer();
let code = 1;
try {
  code = await new Promise((resolve) => {
    // Extra arguments (reporters) pass through to vitest.
    spawn(process.execPath, [vitestBin, "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...env, E2E_BASE_URL: url, E2E_SERVER_PID: String(pid), E2E_BROWSER: JSON.stringify(browser) },
    }).on("exit", (c) => resolve(c ?? 1));
  });
} finally {
  stop();
}
process.exit(code);
