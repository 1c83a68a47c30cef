import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { findBrowser, launchOptions, NO_BROWSER_MESSAGE, type BrowserSpec } from "../../scripts/lib/find-browser.mjs";

export const baseUrl = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
export const artefactDir = path.join(process.cwd(), "test-results");

/**
 * The user's Chromium-based browser (the one scripts/e2e.mjs found, else found now: CHROMIUM_PATH, the system's
 * Chromium, Chrome or Edge, Playwright's build), headless, off the (closed) network; Playwright gives it a fresh profile.
 */
export async function launchBrowser(): Promise<Browser> {
  const spec: BrowserSpec | null = process.env.E2E_BROWSER ? (JSON.parse(process.env.E2E_BROWSER) as BrowserSpec) : await findBrowser();
  if (!spec) throw new Error(NO_BROWSER_MESSAGE);
  return chromium.launch(launchOptions(spec));
}

/** A fresh page (own storage) with the UI in the given language. */
export async function openPage(browser: Browser, locale: "zh-CN" | "en-US" = "en-US"): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await waitForApp(page);
  return page;
}

/** Waits until the composer is live: the token counter shows once React has hydrated and the vocabulary is in. */
export async function waitForApp(page: Page): Promise<void> {
  await page.getByTestId("token-count").first().waitFor({ timeout: 30_000 });
}

export async function saveScreenshot(page: Page, name: string) {
  fs.mkdirSync(artefactDir, { recursive: true });
  await page.screenshot({ path: path.join(artefactDir, `${name}.png`), fullPage: true });
}

/** One browser for a test file: launched before its tests, closed after them. Returns a getter. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is not launched yet");
    return browser;
  };
}
