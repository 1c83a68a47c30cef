// Finds a Chromium-based browser for the browser tests and the bench, wherever the user has one: CHROMIUM_PATH, the
// system's Chromium, an installed Google Chrome or Microsoft Edge (Playwright's channels), or a Playwright-managed build.
import fs from "node:fs";
import path from "node:path";

/** The flags that keep the browser headless and off the (closed) network. */
export const BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

/** One line on how to get a browser, printed when none is found. */
export const NO_BROWSER_MESSAGE = "No Chromium-based browser found for the browser tests: install Chromium (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium), Google Chrome or Microsoft Edge, or run `npx playwright-core install chromium`, or set CHROMIUM_PATH to a Chrome/Chromium executable.";

const SYSTEM_PATHS = {
  linux: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/lib/chromium/chromium"],
  darwin: ["/Applications/Chromium.app/Contents/MacOS/Chromium"],
  win32: [],
};
const PATH_NAMES = ["chromium", "chromium-browser"];

/** The system Chromium's candidate paths: the distribution's usual places, then `chromium` / `chromium-browser` on PATH. */
export function systemChromiumPaths(platform, env) {
  const onPath = platform === "win32" ? [] : (env.PATH ?? "").split(path.delimiter).filter(Boolean).flatMap((dir) => PATH_NAMES.map((n) => path.join(dir, n)));
  return [...new Set([...(SYSTEM_PATHS[platform] ?? []), ...onPath])];
}

/**
 * The browser to launch, as playwright-core's launch options ({executablePath} or {channel} or neither: Playwright's
 * own build) with a label, or null when there is none. `probe(options)` tries a launch (channels and Playwright's
 * build are only known to exist by trying); `exists(file)` checks a path.
 */
export async function findBrowser({ env = process.env, platform = process.platform, exists = isFile, probe = probeLaunch } = {}) {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? { executablePath: env.CHROMIUM_PATH, label: `CHROMIUM_PATH (${env.CHROMIUM_PATH})` } : null;
  const system = systemChromiumPaths(platform, env).find((file) => exists(file));
  if (system) return { executablePath: system, label: `Chromium (${system})` };
  for (const [channel, label] of [["chrome", "Google Chrome"], ["msedge", "Microsoft Edge"]]) {
    if (await probe({ channel })) return { channel, label };
  }
  if (await probe({})) return { label: "Playwright's Chromium" };
  return null;
}

/** Launch options for a found browser: the spec plus the headless flags. */
export function launchOptions(spec) {
  return { ...(spec.executablePath ? { executablePath: spec.executablePath } : {}), ...(spec.channel ? { channel: spec.channel } : {}), headless: true, args: BROWSER_ARGS };
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

async function probeLaunch(options) {
  const { chromium } = await import("playwright-core");
  try {
    const browser = await chromium.launch({ ...options, headless: true, args: BROWSER_ARGS, timeout: 20_000 });
    await browser.close();
    return true;
  } catch {
    return false;
  }
}
