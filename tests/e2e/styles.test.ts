import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, openPage, saveScreenshot, useBrowser } from "./browser";

const browser = useBrowser();
const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });
const negativeBox = (page: Page) => page.getByRole("textbox", { name: "Negative prompt", exact: true });
const CSV = 'name,prompt,negative_prompt\r\nFilm,"{prompt}, film grain",blurry\r\nGlow,soft glow,\r\n';

describe("styles follow the text and can be managed (issue 15, item 5)", () => {
  it("imports without touching the name box, un-highlights a style whose text is gone, applies it again, renames, edits and deletes", async () => {
    const page = await openPage(browser());
    await promptBox(page).fill("a cat");
    await page.getByRole("button", { name: "Styles", exact: true }).click();
    const styles = page.getByRole("region", { name: "Styles", exact: true });
    await styles.getByLabel("Import styles.csv").setInputFiles({ name: "styles.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    const film = styles.getByRole("button", { name: "Film", exact: true });
    await expect.poll(() => film.count()).toBe(1);

    await film.click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("a cat, film grain");
    expect(await negativeBox(page).inputValue()).toBe("blurry");
    await expect.poll(() => film.getAttribute("aria-pressed")).toBe("true");

    // The user deletes the style's words by hand: the style is no longer applied.
    await promptBox(page).fill("a cat");
    await saveScreenshot(page, "issue15-item5-styles");
    expect(await styles.getByRole("textbox", { name: "Style name", exact: true }).inputValue()).toBe("");
    await expect.poll(() => styles.getByRole("status").textContent()).toContain("Imported 2 styles");
    await expect.poll(() => film.getAttribute("aria-pressed")).toBe("false");
    await film.click();
    await expect.poll(() => promptBox(page).inputValue()).toBe("a cat, film grain");
    expect(await styles.getByRole("alert").count()).toBe(0);
    // Typing a style's text by hand applies it, as A1111 reads it.
    await promptBox(page).fill("a dog, soft glow");
    await expect.poll(() => styles.getByRole("button", { name: "Glow", exact: true }).getAttribute("aria-pressed")).toBe("true");

    await styles.getByRole("button", { name: "Manage styles" }).click();
    const manager = page.getByRole("list", { name: "Manage styles" });
    await manager.getByRole("textbox", { name: "Style name: Glow", exact: true }).fill("Soft glow");
    await manager.getByRole("button", { name: "Save: Glow" }).click();
    await expect.poll(() => styles.getByRole("button", { name: "Soft glow", exact: true }).count()).toBe(1);
    expect(await styles.getByRole("button", { name: "Glow", exact: true }).count()).toBe(0);

    await manager.getByRole("textbox", { name: "Prompt: Film", exact: true }).fill("{prompt}, film grain, 35mm");
    await manager.getByRole("button", { name: "Save: Film" }).click();
    await promptBox(page).fill("a cat, film grain, 35mm");
    await expect.poll(() => film.getAttribute("aria-pressed")).toBe("true");

    page.once("dialog", (dialog) => void dialog.accept());
    await manager.getByRole("button", { name: "Delete: Soft glow" }).click();
    await expect.poll(() => styles.getByRole("button", { name: "Soft glow", exact: true }).count()).toBe(0);
    expect((await (await page.request.get(`${baseUrl}/api/styles`)).json()).styles.map((s: { name: string }) => s.name)).toEqual(["Film"]);
    await saveScreenshot(page, "issue15-item5-styles-manager");
  });
});
