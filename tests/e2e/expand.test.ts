import { describe, expect, it } from "vitest";
import { useBrowser, openPage, saveScreenshot } from "./browser";

const browser = useBrowser();

describe("the Expand panel", () => {
  it("expands 女孩坐在咖啡馆 offline; the ticked tags go into the Prompt, the suggested negative into the Negative prompt", async () => {
    const page = await openPage(browser());
    const panel = page.getByRole("region", { name: "Expand" });
    await panel.getByRole("textbox", { name: "Scene to expand" }).fill("女孩坐在咖啡馆");
    await panel.getByRole("checkbox", { name: "Offline (no LLM)" }).check();
    await panel.getByRole("button", { name: "Expand", exact: true }).click();

    const tagBoxes = panel.locator("fieldset input[type=checkbox]");
    await expect.poll(() => panel.getByRole("note").textContent()).toContain("Offline expander");
    await expect.poll(() => tagBoxes.count()).toBeGreaterThanOrEqual(7);
    expect(await panel.getByText("一个女孩").count()).toBe(1);

    const second = tagBoxes.nth(1);
    const unticked = (await second.getAttribute("aria-label"))!;
    await second.uncheck();
    const kept = await tagBoxes.evaluateAll((boxes) => (boxes as HTMLInputElement[]).filter((b) => b.checked).map((b) => b.getAttribute("aria-label")));
    expect(kept).not.toContain(unticked);
    expect(kept[0]).toBe("1girl");

    await panel.getByRole("button", { name: "Insert into Prompt" }).click();
    const prompt = page.getByRole("textbox", { name: "Prompt", exact: true });
    await expect.poll(() => prompt.inputValue()).toBe(kept.join(", "));
    expect((await prompt.inputValue()).split(", ")).not.toContain(unticked);

    await panel.getByRole("button", { name: "Add suggested negative" }).click();
    await expect.poll(() => page.getByRole("textbox", { name: "Negative prompt" }).inputValue()).toContain("lowres, bad anatomy");
    await saveScreenshot(page, "expand-panel");
  });
});
