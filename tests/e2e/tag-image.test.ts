import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeTinyTagger } from "@/lib/tagger/tiny-tagger/make-tiny-tagger";
import { makePng } from "@/tests/support/test-images";
import { baseUrl, openPage, saveScreenshot, useBrowser, waitForApp } from "./browser";

const browser = useBrowser();

// The tiny tagger goes into the test server's database (DATABASE_URL, passed down by scripts/e2e.mjs) the way a user
// installs one: `promptstudio models add`.
beforeAll(() => {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-tagger-")), "tiny-tagger");
  writeTinyTagger(folder);
  execFileSync(process.execPath, [path.join("bin", "promptstudio.mjs"), "models", "add", folder], { env: process.env, stdio: "ignore" });
});

describe("tags from an image", () => {
  it("tags a PNG without metadata, shows chips with scores and Chinese names, and inserts the chosen ones", async () => {
    const page = await openPage(browser());
    await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("masterpiece");
    await page.goto(`${baseUrl}/pnginfo`);
    await page.getByLabel("Image file").setInputFiles({ name: "red.png", mimeType: "image/png", buffer: Buffer.from(makePng(64, 64, [255, 0, 0])) });
    await page.getByText(/No generation data found/).waitFor();
    const section = page.getByRole("region", { name: "Tags from the image" });
    await section.getByRole("button", { name: /Get tags/ }).click();

    const chips = section.getByRole("list", { name: "Image tags" }).getByRole("button");
    await expect.poll(() => chips.allTextContents()).toEqual(["red background红色背景98%", "1girl一个女孩82%", "solo单人50%", expect.stringMatching(/^\^_\^.+40%$/)]);
    expect(await section.getByTestId("image-ratings").textContent()).toContain("全年龄 general 88%");
    expect(await section.textContent()).toContain("1 explicit tag(s) hidden");
    await saveScreenshot(page, "tag-image");

    await section.getByRole("button", { name: /^solo/ }).click();
    expect(await section.getByRole("button", { name: /^solo/ }).getAttribute("aria-pressed")).toBe("false");
    await section.getByRole("button", { name: /Insert 3 into composer/ }).click();
    await page.waitForURL(`${baseUrl}/`);
    await waitForApp(page);
    await expect.poll(() => page.getByRole("textbox", { name: "Prompt", exact: true }).inputValue()).toBe("masterpiece, red background, 1girl, ^_^");
  });

  it("says there is no CLIP model for photos", async () => {
    const page = await openPage(browser());
    await page.goto(`${baseUrl}/pnginfo`);
    await page.getByLabel("Image file").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from(makePng(32, 24, [90, 120, 200])) });
    const section = page.getByRole("region", { name: "Tags from the image" });
    await section.getByRole("combobox", { name: "Tagging mode" }).selectOption("clip");
    await section.getByRole("button", { name: /Get tags/ }).click();
    await expect.poll(() => section.getByRole("alert").textContent()).toContain("No CLIP model is installed");
  });
});
