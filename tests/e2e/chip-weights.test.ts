import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, saveScreenshot, useBrowser } from "./browser";

const browser = useBrowser();
const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });
const weightOf = (page: Page, body: string) => page.getByRole("spinbutton", { name: `Weight of ${body}`, exact: true }).getAttribute("aria-valuenow");

describe("weights on special chips (issue 15, item 2)", () => {
  it("a LoRA chip shows and steps the network's own multiplier; alternation and editing chips show what A1111 applies", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("<lora:foo:0.8>, [smile|laugh], [day:night:5], [cat]");
    await expect.poll(() => page.getByTestId("tag-chip").count()).toBe(4);
    await saveScreenshot(page, "issue15-item2-chip-weights");

    await expect.poll(() => weightOf(page, "<lora:foo:0.8>")).toBe("0.8");
    expect(await weightOf(page, "[smile|laugh]")).toBe("1");
    expect(await weightOf(page, "[day:night:5]")).toBe("1");
    expect(await weightOf(page, "[cat]")).toBe("0.91");

    await page.getByRole("button", { name: "Weight +0.1: <lora:foo:0.8>" }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("<lora:foo:0.9>, [smile|laugh], [day:night:5], [cat]");
    await page.getByRole("button", { name: "Weight +0.1: [smile|laugh]" }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("<lora:foo:0.9>, ([smile|laugh]:1.1), [day:night:5], [cat]");
    // Like A1111's Ctrl+↓ on [cat]: 0.91 is read as 0.9, then stepped.
    await page.getByRole("button", { name: "Weight −0.1: [cat]" }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("<lora:foo:0.9>, ([smile|laugh]:1.1), [day:night:5], (cat:0.8)");
    await saveScreenshot(page, "issue15-item2-chip-weights-after-steps");
  });
});
