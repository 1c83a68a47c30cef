import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "../../scripts/lib/test-server.mjs";
import { baseUrl, useBrowser, waitForApp } from "./browser";

const browser = useBrowser();

/** Collects CSP violations and console errors from the moment the page starts. */
async function watchPage(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  return problems;
}

describe("security headers and the CSP", () => {
  it("sends a nonce-based CSP, nosniff, frame-ancestors 'none' and a referrer policy", async () => {
    const res = await fetch(baseUrl);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
    expect((await fetch(`${baseUrl}/api/dictionary?q=a`)).headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("runs the composer under the CSP with no violations (the theme script included)", async () => {
    const context = await browser().newContext({ locale: "en-US", colorScheme: "dark", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(baseUrl);
    await waitForApp(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    await page.getByLabel("Prompt", { exact: true }).fill("masterpiece, (blue eyes:1.2), cat");
    await expect.poll(() => page.getByRole("region", { name: "Prompt · Tag view" }).textContent()).toContain("蓝眼睛");
    await expect.poll(() => page.getByTestId("token-count").first().textContent()).toMatch(/^\d+\/75$/);
    await page.goto(`${baseUrl}/cards`);
    await page.getByRole("heading", { name: /^(Cards|提示词卡片)$/ }).waitFor();
    expect(problems.filter((p) => /Content Security Policy|CSP violation|nonce|hydrat/i.test(p))).toEqual([]);
    await context.close();
  });

  it("refuses a forged Host header (DNS rebinding)", async () => {
    const http = await import("node:http");
    const status = await new Promise<number>((resolve, reject) => {
      http.get(`${baseUrl}/api/settings/llm`, { headers: { host: "attacker.example" } }, (res) => resolve(res.statusCode ?? 0)).on("error", reject);
    });
    expect(status).toBe(403);
  });
});

describe("signing in when the operator set a secret", () => {
  const SECRET = "e2e-access-secret-0123456789";
  let server: { url: string; stop: () => void };
  beforeAll(async () => {
    server = await startTestServer({ PROMPT_STUDIO_SECRET: SECRET });
  });
  afterAll(() => server?.stop());

  it("sends every page to /login, refuses a wrong secret, and opens the composer with the right one", async () => {
    expect((await fetch(`${server.url}/api/cards`)).status).toBe(401);
    const context = await browser().newContext({ locale: "en-US" });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(`${server.url}/cards`);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/login");
    const secret = page.getByLabel("Access secret");
    await secret.fill("not-the-secret-at-all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByText("That is not the access secret.").isVisible()).toBe(true);
    await secret.fill(SECRET);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: /^(Cards|提示词卡片)$/ }).waitFor();
    const [cookie] = (await context.cookies()).filter((c) => c.name === "ps_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
    await page.goto(server.url);
    await waitForApp(page);
    expect(problems.filter((p) => /Content Security Policy|CSP violation/i.test(p))).toEqual([]);
    await context.close();
  });
});
