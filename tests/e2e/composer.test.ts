import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, saveScreenshot, useBrowser, waitForApp } from "./browser";

const browser = useBrowser();

const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });
const promptChips = (page: Page) => page.getByRole("region", { name: "Prompt · Tag view" }).getByTestId("tag-chip");
const chipTexts = (page: Page) => promptChips(page).evaluateAll((els) => els.map((el) => el.querySelector("span")?.textContent));

async function openWithClipboard() {
  const context = await browser().newContext({ locale: "en-US", viewport: { width: 1280, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000");
  await waitForApp(page);
  return page;
}

describe("the composer's two views of one prompt", () => {
  it("typing in the text view updates the chips and the count", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("masterpiece, (blue eyes:1.2), cat");
    await expect.poll(() => chipTexts(page)).toEqual(["masterpiece", "(blue eyes:1.2)", "cat"]);
    await expect.poll(() => page.getByRole("spinbutton", { name: "Weight of (blue eyes:1.2)" }).getAttribute("aria-valuenow")).toBe("1.2");
    await expect.poll(() => page.getByRole("region", { name: "Prompt · Tag view" }).textContent()).toContain("蓝眼睛");
    await promptBox(page).pressSequentially(", smile");
    await expect.poll(() => chipTexts(page)).toEqual(["masterpiece", "(blue eyes:1.2)", "cat", "smile"]);
    await expect.poll(() => page.getByTestId("token-count").first().textContent()).toMatch(/^\d+\/75$/);
  });

  it("dragging a chip reorders the text", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("a, b, c");
    await expect.poll(() => chipTexts(page)).toEqual(["a", "b", "c"]);
    // Glosses arriving change chip widths: let them land before dragging.
    await expect.poll(() => page.getByRole("region", { name: "Prompt · Tag view" }).textContent()).not.toContain("…");
    await promptChips(page).nth(2).getByRole("button").first().dragTo(promptChips(page).nth(0).getByRole("button").first());
    await expect.poll(() => promptBox(page).inputValue()).toBe("c, a, b");
  });

  it("a chip's weight controls rewrite the text, and Alt+→ moves it", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("cat, dog");
    await page.getByRole("button", { name: "Weight +0.1: cat" }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("(cat:1.1), dog");
    await page.getByRole("button", { name: "(cat:1.1)", exact: true }).focus();
    await page.keyboard.press("Alt+ArrowRight");
    await expect.poll(() => promptBox(page).inputValue()).toBe("dog, (cat:1.1)");
  });

  it("a disabled chip stays visible but is left out of the copied output", async () => {
    const page = await openWithClipboard();
    await promptBox(page).fill("masterpiece, ugly hat, cat");
    await page.getByRole("button", { name: "ugly hat", exact: true }).click();
    await expect.poll(() => promptChips(page).nth(1).getAttribute("data-disabled")).toBe("true");
    await page.getByRole("group", { name: "Copy as" }).getByRole("button", { name: "A1111 / Forge" }).click();
    await expect.poll(() => page.getByTestId("copy-status").textContent()).toContain("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("masterpiece, cat");
    expect(await promptBox(page).inputValue()).toBe("masterpiece, ugly hat, cat");
  });

  it("undo and redo work across both views", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("a, b");
    await page.getByRole("button", { name: "Delete tag: b" }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("a");
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("a, b");
    await promptBox(page).focus();
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(() => promptBox(page).inputValue()).toBe("a");
  });

  it("saves to history and restores from it", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("history test prompt, 1girl");
    await page.getByRole("button", { name: "Save to history" }).click();
    await promptBox(page).fill("something else");
    await page.getByRole("button", { name: "History", exact: true }).click();
    await page.getByRole("searchbox", { name: "Search history" }).fill("history test");
    await page.getByRole("button", { name: /^Restore: history test prompt/ }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("history test prompt, 1girl");
  });

  it("shows the shortcuts in a help dialog and works on a 390 px phone", async () => {
    const page = await openPage(browser());
    await page.keyboard.press("?");
    await expect.poll(() => page.getByRole("dialog", { name: "Shortcuts" }).isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 390, height: 844 });
    await promptBox(page).fill("masterpiece, best quality, 1girl, (smile:1.2), [day:night:0.5]");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, "composer-phone");
  });
});
