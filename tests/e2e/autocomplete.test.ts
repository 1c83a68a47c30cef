import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, saveScreenshot, useBrowser } from "./browser";

const browser = useBrowser();
const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });
const suggestions = (page: Page) => page.getByRole("listbox", { name: "Tag suggestions" });
const options = (page: Page) => suggestions(page).getByRole("option");

// Types like a person (key events, one character at a time), so the editor sees real input events.
async function type(page: Page, text: string) {
  await promptBox(page).click();
  await promptBox(page).pressSequentially(text, { delay: 20 });
}

describe("autocomplete while typing", () => {
  it("suggests from an English prefix with Chinese names and post counts, and Enter writes the tag and ', '", async () => {
    const page = await openPage(browser());
    await type(page, "1girl, blon");
    await expect.poll(() => options(page).first().textContent()).toMatch(/^blonde hair金发.*\d(\.\d)?M$/);
    await saveScreenshot(page, "autocomplete-english");
    await page.keyboard.press("Enter");
    await expect.poll(() => promptBox(page).inputValue()).toBe("1girl, blonde hair, ");
    expect(await suggestions(page).count()).toBe(0);
  });

  it("finds tags from Chinese and from pinyin; ↓ moves and Tab accepts", async () => {
    const page = await openPage(browser());
    await type(page, "双马");
    await expect.poll(() => options(page).first().textContent()).toContain("twintails");
    await page.keyboard.press("Tab");
    await expect.poll(() => promptBox(page).inputValue()).toBe("twintails, ");
    await promptBox(page).pressSequentially("shuangma", { delay: 20 });
    await expect.poll(() => options(page).nth(1).textContent()).toBeTruthy();
    const second = (await options(page).nth(1).textContent())!.replace(/[\u4e00-\u9fff].*$/, "");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => options(page).nth(1).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Tab");
    await expect.poll(() => promptBox(page).inputValue()).toBe(`twintails, ${second}, `);
  });

  it("escapes a character's brackets so they are not read as a weight; Esc closes the list", async () => {
    const page = await openPage(browser());
    await type(page, "hatsune_miku_");
    await suggestions(page).getByRole("option", { name: /^hatsune miku \(cosplay\)/ }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("hatsune miku \\(cosplay\\), ");
    await promptBox(page).pressSequentially("smi", { delay: 20 });
    await suggestions(page).waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => suggestions(page).count()).toBe(0);
    expect(await promptBox(page).inputValue()).toBe("hatsune miku \\(cosplay\\), smi");
  });

  it("stays out of the way while an input method composes, and suggests once the Chinese is committed", async () => {
    const page = await openPage(browser());
    await promptBox(page).click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "jinfa", selectionStart: 5, selectionEnd: 5 });
    await page.waitForTimeout(300);
    expect(await suggestions(page).count()).toBe(0);
    await cdp.send("Input.insertText", { text: "金发" });
    await expect.poll(() => options(page).first().textContent()).toContain("blonde hair");
    expect(await promptBox(page).inputValue()).toBe("金发");
  });

  it("marks what translation could not read and searches the dictionary for it in one click", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("长发, 量子纠缠态");
    await page.getByRole("button", { name: "Translate" }).first().click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("long hair, 量子纠缠态");
    await expect.poll(() => page.locator(".unknown-fragment").first().textContent()).toBe("量子纠缠态");
    await page.getByRole("button", { name: "Search the dictionary: 量子纠缠态" }).click();
    await expect.poll(() => page.getByRole("searchbox", { name: "Search tags" }).inputValue()).toBe("量子纠缠态");
    await saveScreenshot(page, "translate-unknown-fragment");
  });
});
