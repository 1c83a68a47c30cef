import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makePng } from "../support/test-images";
import { baseUrl, saveScreenshot, useBrowser, waitForApp } from "./browser";

const browser = useBrowser();
const GENERATION_TEXT = "masterpiece, 1girl, solo\nNegative prompt: lowres, bad hands\n" +
  "Steps: 25, Sampler: DPM++ 2M Karras, CFG scale: 6.5, Seed: 1234, Size: 512x768, Variation seed: 99, Variation seed strength: 0.3, Version: v1.10.1";

async function freshPage(): Promise<Page> {
  const context = await browser().newContext({ locale: "en-US", viewport: { width: 1280, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await waitForApp(page);
  return page;
}

/** The preview panel's render settings as the user sees them. */
async function renderSettings(page: Page) {
  const panel = page.getByRole("region", { name: "Preview" });
  const value = (role: "combobox" | "spinbutton", name: string) => panel.getByRole(role, { name, exact: true }).inputValue();
  return {
    sampler: await value("combobox", "Sampler"), steps: await value("spinbutton", "Steps"), seed: await value("spinbutton", "Seed"),
    width: await value("spinbutton", "Width"), height: await value("spinbutton", "Height"),
  };
}

describe("generation data into the composer", () => {
  it("PNG Info shows what the file says and carries sampler, steps, CFG, seed and size into the composer", async () => {
    const page = await freshPage();
    await saveScreenshot(page, "item3-before-composer-defaults");
    await page.goto(`${baseUrl}/pnginfo`);
    await page.getByLabel("Image file").setInputFiles({ name: "a1111.png", mimeType: "image/png", buffer: Buffer.from(makePng(64, 96, [40, 120, 200], { parameters: GENERATION_TEXT })) });
    const params = page.getByTestId("pnginfo-params");
    await expect.poll(() => params.textContent()).toContain("512×768");
    expect(await params.textContent()).not.toContain("FP8 weight");
    expect(await params.textContent()).not.toContain("Size-1");
    await expect.poll(() => page.getByTestId("pnginfo-image").evaluate((img) => (img as HTMLImageElement).naturalHeight)).toBe(96);
    await page.getByRole("button", { name: "Copy Negative prompt" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("lowres, bad hands");
    await page.getByText(/Full parse/).click();
    await expect.poll(() => page.locator("details dl").textContent()).toContain("FP8 weight");
    await saveScreenshot(page, "item3-pnginfo-after");

    await page.getByRole("button", { name: "Use in composer" }).click();
    await page.waitForURL(`${baseUrl}/`);
    await waitForApp(page);
    await expect.poll(() => page.getByRole("textbox", { name: "Prompt", exact: true }).inputValue()).toBe("masterpiece, 1girl, solo");
    await expect.poll(() => renderSettings(page)).toEqual({ sampler: "DPM++ 2M Karras", steps: "25", seed: "1234", width: "512", height: "768" });
    const panel = page.getByRole("region", { name: "Preview" });
    expect(await panel.getByRole("spinbutton", { name: "CFG scale" }).inputValue()).toBe("6.5");
    expect(await panel.getByRole("spinbutton", { name: "Variation seed" }).inputValue()).toBe("99");
    expect(await panel.getByRole("spinbutton", { name: "Variation strength" }).inputValue()).toBe("0.3");
    await saveScreenshot(page, "item3-after-composer");
  });

  it("offers to split generation text pasted into the prompt box, undoably", async () => {
    const page = await freshPage();
    const prompt = page.getByRole("textbox", { name: "Prompt", exact: true });
    await prompt.click();
    // What Ctrl+V does: the paste event (which the composer reads), then the text in the box.
    await prompt.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, GENERATION_TEXT);
    await prompt.fill(GENERATION_TEXT);
    const offer = page.getByRole("note", { name: /looks like A1111 generation data/ });
    await offer.getByRole("button", { name: "Split into prompt, negative and parameters" }).click();
    await expect.poll(() => prompt.inputValue()).toBe("masterpiece, 1girl, solo");
    expect(await page.getByRole("textbox", { name: "Negative prompt", exact: true }).inputValue()).toBe("lowres, bad hands");
    await expect.poll(() => renderSettings(page)).toEqual({ sampler: "DPM++ 2M Karras", steps: "25", seed: "1234", width: "512", height: "768" });
    await page.getByRole("button", { name: "Undo" }).first().click();
    await expect.poll(() => prompt.inputValue()).toBe(GENERATION_TEXT);
  });
});
