import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, saveScreenshot, useBrowser } from "./browser";

const browser = useBrowser();
const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });

describe("small breakages (issue 15, item 10)", () => {
  it("a gloss answer cut off mid-body (an aborted /api/gloss) raises no uncaught error", async () => {
    const page = await openPage(browser());
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // What the browser sees when a burst of edits aborts a request after its headers: a 200 with no body to read.
    let answered = 0;
    await page.route("**/api/gloss", async (route) => {
      await route.fulfill({ status: 200, contentType: "application/json", body: "" });
      answered++;
    });
    await promptBox(page).fill("alpha tag, beta tag, gamma tag");
    for (let i = 0; i < 4; i++) await page.getByRole("button", { name: /^Weight \+0\.1: / }).first().click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("(alpha tag:1.4), beta tag, gamma tag");
    const before = answered;
    await page.getByRole("button", { name: "Weight +0.1: beta tag" }).click();
    await expect.poll(() => answered).toBeGreaterThan(before);
    // The answer's handler runs a task or two after the response: let them run.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(errors).toEqual([]);
  });

  it("chunk-boundary labels sit clear of the prompt's text", async () => {
    const page = await openPage(browser(), "zh-CN");
    const words = Array.from({ length: 50 }, (_, i) => `tag${i} word`).join(", ");
    await page.getByRole("textbox", { name: "正向提示词", exact: true }).fill(words);
    const label = page.getByTestId("chunk-label").first();
    await expect.poll(() => label.count()).toBeGreaterThan(0);
    expect(await label.textContent()).toBe("分段 2");
    await saveScreenshot(page, "issue15-item10-chunk-labels");
    const overlaps = await label.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const layer = el.closest(".prompt-layer")!;
      const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
      const hits: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (el.contains(node)) continue;
        const range = document.createRange();
        for (let i = 0; i < (node.textContent ?? "").length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.width > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top) hits.push(node.textContent![i]);
        }
      }
      return hits.join("");
    });
    expect(overlaps).toBe("");
  });
});
