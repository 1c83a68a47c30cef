import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, saveScreenshot, useBrowser, waitForApp } from "./browser";

const browser = useBrowser();

const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });
const countOf = (page: Page, index: number) => page.getByTestId("token-count").nth(index);

describe("the prompt editors", () => {
  it("count tokens as the user types, growing to /150 past 75", async () => {
    const page = await openPage(browser());
    await expect.poll(() => countOf(page, 0).textContent()).toBe("0/75");
    await promptBox(page).fill("a photo of a cat");
    await expect.poll(() => countOf(page, 0).textContent()).toBe("5/75");
    await promptBox(page).fill(Array(80).fill("cat").join(" "));
    await expect.poll(() => countOf(page, 0).textContent()).toBe("80/150");
    await expect.poll(() => page.locator(".chunk-mark").count()).toBe(1);
  });

  it("Ctrl+↑ on a word gives (word:1.1), Ctrl+↓ twice brings it back below 1", async () => {
    const page = await openPage(browser());
    const box = promptBox(page);
    await box.fill("masterpiece, cat");
    await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(14, 14));
    await box.press("Control+ArrowUp");
    await expect.poll(() => box.inputValue()).toBe("masterpiece, (cat:1.1)");
    await box.press("Control+ArrowDown");
    await box.press("Control+ArrowDown");
    await expect.poll(() => box.inputValue()).toBe("masterpiece, (cat:0.9)");
  });

  it("says where a bracket is left open, in the user's language", async () => {
    const page = await openPage(browser(), "zh-CN");
    await page.getByRole("textbox", { name: "正向提示词" }).fill("masterpiece, (blue eyes");
    await expect.poll(() => page.getByText("第 1 行第 14 列的 ( 没有闭合", { exact: false }).count()).toBe(1);
  });

  it("keeps the prompt across a reload and switches language", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("1girl, (smile:1.2)");
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => promptBox(page).inputValue()).toBe("1girl, (smile:1.2)");
    await page.getByRole("button", { name: "中文" }).click();
    await expect.poll(() => page.getByRole("textbox", { name: "正向提示词" }).count()).toBe(1);
    await expect.poll(() => page.getByRole("textbox", { name: "反向提示词" }).count()).toBe(1);
  });

  it("renders in light and dark themes (screenshots saved as artefacts)", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("masterpiece, best quality, (1girl:1.3), [smile|laughing], [day:night:0.5], <lora:style:0.8>, \\(x\\), (unclosed");
    await page.getByRole("textbox", { name: "Negative prompt" }).fill("lowres, bad anatomy, [[blurry]]");
    await expect.poll(() => countOf(page, 0).textContent()).toMatch(/\/75$/);
    await saveScreenshot(page, "editor-light");
    await page.getByRole("button", { name: "Dark" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    await saveScreenshot(page, "editor-dark");
  });
});
