import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, openPage, saveScreenshot } from "./browser";

const browser = useBrowser();

const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });
const negativeBox = (page: Page) => page.getByRole("textbox", { name: "Negative prompt" });

describe("the dictionary panel, translation and negative presets", () => {
  it("finds a tag by pinyin and inserts it at the cursor of the focused editor", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("masterpiece");
    await promptBox(page).focus();
    await page.getByRole("searchbox", { name: "Search tags" }).fill("jinfa");
    const chip = page.getByRole("button", { name: /^Insert blonde hair 金发/ });
    await chip.waitFor();
    await chip.click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("masterpiece, blonde hair");
    await negativeBox(page).focus();
    await page.getByRole("searchbox", { name: "Search tags" }).fill("lowres");
    await page.getByRole("button", { name: /^Insert lowres / }).click();
    await expect.poll(() => negativeBox(page).inputValue()).toBe("lowres");
  });

  it("filters by category tab", async () => {
    const page = await openPage(browser());
    await page.getByRole("tab", { name: /Negative/ }).click();
    await expect.poll(() => page.getByRole("button", { name: /^Insert lowres / }).count()).toBe(1);
  });

  it("translates Chinese into tags, keeping brackets and weights", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("(金色长发:1.2), 白色连衣裙, 坐在咖啡馆, [微笑|大笑]");
    await page.getByRole("button", { name: "Translate" }).first().click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("(blonde hair, long hair:1.2), white dress, sitting in cafe, [smile|laughing]");
    await expect.poll(() => page.getByRole("region", { name: "Prompt · Tag view" }).textContent()).toContain("金发");
  });

  it("adds a preset to the Negative prompt without duplicates, and a second click removes it", async () => {
    const page = await openPage(browser());
    await negativeBox(page).fill("(worst quality:2), my own tag");
    const general = page.getByRole("group", { name: "Negative presets" }).getByRole("button", { name: "General" });
    await general.click();
    const merged = await negativeBox(page).inputValue();
    expect(merged.startsWith("(worst quality:2), my own tag, lowres")).toBe(true);
    expect(merged.match(/worst quality/g)).toHaveLength(1);
    await saveScreenshot(page, "dictionary-and-presets");
    await general.click();
    await expect.poll(() => negativeBox(page).inputValue()).toBe("(worst quality:2), my own tag");
  });
});
