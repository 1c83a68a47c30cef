import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeA1111, type FakeA1111 } from "../support/fake-a1111";
import { baseUrl, useBrowser, waitForApp } from "./browser";

const browser = useBrowser();
let fake: FakeA1111;
beforeAll(async () => {
  fake = await startFakeA1111({ stepMs: 300 });
});
afterAll(async () => {
  await fetch(`${baseUrl}/api/settings/render`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ backend: "onnx" }) }).catch(() => {});
  await fake?.close();
});

const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });

async function openWithClipboard() {
  const context = await browser().newContext({ locale: "en-US", viewport: { width: 1280, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await waitForApp(page);
  return page;
}

describe("habits from A1111 and prompt-all-in-one (issue 15, item 9)", () => {
  it("Ctrl+Enter generates, Esc cancels, and a card saved from a render gets a real title and an absolute, copyable link", async () => {
    const page = await openWithClipboard();
    await promptBox(page).fill("masterpiece, best quality, 1girl, red scarf, snowy street");
    const panel = page.getByRole("region", { name: "Preview" });
    await panel.getByRole("combobox", { name: "Backend" }).selectOption("a1111");
    const url = panel.getByRole("textbox", { name: "Server URL" });
    await url.fill(fake.url);
    await url.blur();
    await panel.getByRole("spinbutton", { name: "Steps" }).fill("30");

    // The server's answer naming the job is held back until Esc has been pressed: a cancel asked for before the page
    // knows the job's id still reaches the server (it was lost, and the render ran on).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let answered = () => {};
    const fulfilled = new Promise<void>((resolve) => (answered = resolve));
    await page.route("**/api/render", async (route) => {
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
      answered();
    });
    const started = fake.rendering();
    await promptBox(page).focus();
    await page.keyboard.press("Control+Enter");
    await started;
    await expect.poll(() => panel.getByRole("button", { name: "Cancel" }).count()).toBe(1);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Escape");
    release();
    await fulfilled;
    await page.unroute("**/api/render");
    await expect.poll(() => fake.interrupts).toBeGreaterThan(0);
    await expect.poll(() => panel.getByText("Cancelled.").count()).toBe(1);

    await panel.getByRole("spinbutton", { name: "Steps" }).fill("2");
    await page.keyboard.press("Control+Enter");
    const strip = panel.getByRole("list", { name: "Results" });
    await expect.poll(() => strip.getByRole("img").count()).toBe(1);
    await strip.getByRole("button", { name: "Save as card" }).click();
    const link = strip.getByRole("textbox", { name: "Share link" });
    await expect.poll(() => link.count()).toBe(1);
    const href = await link.inputValue();
    expect(href).toMatch(new RegExp(`^${baseUrl.replace(/[.]/g, "\\.")}/c/[\\w-]+$`));
    await strip.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(href);
    const card = await (await page.request.get(`${baseUrl}/api/cards/${href.split("/c/")[1]}`)).json();
    expect(card.title).toBe("1girl, red scarf, snowy street");
  });

  it("confirms saving to history, says 'no match' for an empty search, and explains the expander's + marks", async () => {
    const page = await openWithClipboard();
    await promptBox(page).fill("habit test prompt, 1girl");
    await page.getByRole("button", { name: "Save to history" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Saved to history" }).count()).toBe(1);

    await page.getByRole("button", { name: "History", exact: true }).click();
    const history = page.getByRole("region", { name: "History", exact: true });
    await history.getByRole("searchbox", { name: "Search history" }).fill("zzz no such prompt");
    await expect.poll(async () => (await history.allTextContents()).join("")).toContain("No match for this search");
    expect(await history.textContent()).not.toContain("No history yet");

    const expand = page.getByRole("region", { name: "Expand" });
    await expand.getByRole("textbox", { name: "Scene to expand" }).fill("女孩坐在咖啡馆");
    await expand.getByRole("checkbox", { name: "Offline (no LLM)" }).check();
    await expand.getByRole("button", { name: "Expand", exact: true }).click();
    await expect.poll(() => expand.locator("fieldset input[type=checkbox]").count()).toBeGreaterThan(3);
    await expect.poll(async () => (await expand.getByTestId("expand-added-legend").allTextContents()).join(" ")).toContain("+ marks tags the expander added: they were not in what you wrote.");
  });
});
