import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, saveScreenshot, useBrowser } from "./browser";

const browser = useBrowser();

const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });
const saveVersion = async (page: Page) => {
  const saved = page.waitForResponse((r) => r.url().endsWith("/api/history") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Save to history" }).click();
  expect((await saved).ok()).toBe(true);
};

describe("prompt lint", () => {
  it("lists the issues under the editor, marks them, and applies a fix that Undo takes back", async () => {
    const page = await openPage(browser());
    const original = "masterpiece, 1girl, smile, (smile:1.2), short hair, long hair, (cat:1.0)";
    await promptBox(page).fill(original);
    const list = page.getByRole("region", { name: "Prompt · Prompt check" });
    await expect.poll(() => list.getByTestId("lint-issue").evaluateAll((els) => els.map((el) => el.getAttribute("data-code"))))
      .toEqual(["duplicate_tag", "conflicting_tags", "noop_weight"]);
    await expect.poll(() => page.locator("[data-testid=tag-chip][data-lint]").count()).toBe(3);
    expect(await page.locator(".unknown-fragment").count()).toBeGreaterThan(0);
    await saveScreenshot(page, "lint-list");

    await list.getByRole("button", { name: /^Fix: "smile" appears more than once/ }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("masterpiece, 1girl, (smile:1.2), short hair, long hair, (cat:1.0)");
    await expect.poll(() => list.getByTestId("lint-issue").count()).toBe(2);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe(original);
    await expect.poll(() => list.getByTestId("lint-issue").count()).toBe(3);
  });

  it("speaks Chinese in a Chinese UI", async () => {
    const page = await openPage(browser(), "zh-CN");
    await page.getByRole("textbox", { name: "正向提示词", exact: true }).fill("1girl, from above, from below");
    const list = page.getByRole("region", { name: "正向提示词 · 提示词检查" });
    await expect.poll(() => list.textContent()).toContain('"from above" 与 "from below" 互相矛盾（俯仰视角）');
    await list.getByRole("button", { name: /^修复:/ }).click();
    await expect.poll(() => page.getByRole("textbox", { name: "正向提示词", exact: true }).inputValue()).toBe("1girl, from above");
  });
});

describe("prompt versions", () => {
  it("diffs two versions as chips and cherry-picks a change into the current prompt", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("masterpiece, 1girl, smile");
    await saveVersion(page);
    await promptBox(page).fill("masterpiece, (smile:1.3), 1girl, hat");
    await saveVersion(page);
    await page.getByRole("button", { name: "History", exact: true }).click();
    const history = page.getByRole("region", { name: "History" });
    await expect.poll(() => history.getByTestId("history-version").first().textContent()).toMatch(/from #\d+/);
    await history.getByRole("button", { name: "Diff with parent" }).first().click();
    const diff = history.getByRole("region", { name: /^Tag changes #\d+ → #\d+$/ });
    await expect.poll(() => diff.getByTestId("diff-chip").locator("span").allTextContents()).toEqual(["smile 1 → 1.3", "↕ 1girl 2 → 3", "+ hat"]);

    await promptBox(page).fill("masterpiece, smile");
    await diff.getByRole("button", { name: "Apply: + hat" }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("masterpiece, smile, hat");
    await diff.getByRole("button", { name: "Apply: smile 1 → 1.3" }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("masterpiece, (smile:1.3), hat");
    await saveScreenshot(page, "version-diff");
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("masterpiece, smile, hat");

    // Ticking any two versions compares them too; restoring makes a version the one new saves descend from.
    await history.getByRole("checkbox").nth(1).check();
    await history.getByRole("button", { name: /^Restore: masterpiece, 1girl, smile/ }).click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("masterpiece, 1girl, smile");
  });
});
