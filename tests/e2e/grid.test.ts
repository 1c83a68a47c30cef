import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeTinyModel } from "@/lib/render/backends/onnx/tiny-model/make-tiny-model";
import { readPngText } from "@/lib/png/png-text";
import { baseUrl, openPage, saveScreenshot, useBrowser } from "./browser";

const browser = useBrowser();

// The tiny random-weight SD model goes into the test server's database the way a user installs one: `models add`.
beforeAll(async () => {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-grid-")), "tiny-sd");
  writeTinyModel(folder);
  execFileSync(process.execPath, [path.join("bin", "promptstudio.mjs"), "models", "add", folder], { env: process.env, stdio: "ignore" });
  await fetch(`${baseUrl}/api/settings/render`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ backend: "onnx" }) });
});

const infotextAt = async (url: string) => readPngText(new Uint8Array(await (await fetch(`${baseUrl}${url}`)).arrayBuffer()), { inflate: () => new Uint8Array() }).parameters;

describe("what does this tag do?", () => {
  it("renders a 5-cell same-seed weight grid from a chip on the tiny model, shows the cells, composes and saves the grid", async () => {
    const page = await openPage(browser());
    await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("a cat, smile");
    const preview = page.getByRole("region", { name: "Preview" });
    await preview.getByRole("spinbutton", { name: "Steps" }).fill("3");
    await preview.getByRole("spinbutton", { name: "Width" }).fill("64");
    await preview.getByRole("spinbutton", { name: "Height" }).fill("64");

    await page.getByRole("button", { name: "Compare grid: smile" }).first().click();
    const panel = page.getByRole("region", { name: "What does this tag do?" });
    await expect.poll(() => panel.getByTestId("grid-estimate").textContent()).toMatch(/^5 images, about \d+ (s|min)/);
    await panel.getByRole("button", { name: "Start" }).click();

    const cells = panel.getByRole("table", { name: "Grid cells" });
    await expect.poll(() => cells.getByRole("img").count(), { timeout: 60_000 }).toBe(5);
    const grid = panel.getByRole("img", { name: "Grid image" });
    await expect.poll(() => grid.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 30_000 }).toBe(5 * 128 + 4 * 4);
    expect(await cells.getByRole("columnheader").allTextContents()).toEqual(["0 · removed", "0.7", "1.0", "1.3", "1.6"]);

    // The grid's infotext is A1111's X/Y/Z plot form: the first cell's, then what the axis was.
    const gridInfo = await infotextAt((await grid.getAttribute("src"))!);
    expect(gridInfo).toMatch(/^a cat\nSteps: 3, Sampler: Euler a, CFG scale: 7, Seed: \d+, Size: 64x64.*, Script: X\/Y\/Z plot, X Type: Tag weight, X Tag: smile, X Values: "0, 0.7, 1, 1.3, 1.6"$/s);
    const seed = /Seed: (\d+)/.exec(gridInfo!)![1];
    // Each cell opens as its own PNG with its own infotext, all on the same seed.
    const links = await cells.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const cellInfo = await Promise.all(links.map(infotextAt));
    expect(cellInfo.map((t) => t!.split("\n")[0])).toEqual(["a cat", "a cat, (smile:0.7)", "a cat, smile", "a cat, (smile:1.3)", "a cat, (smile:1.6)"]);
    expect(cellInfo.every((t) => t!.includes(`Seed: ${seed},`))).toBe(true);

    await panel.getByRole("button", { name: "Save grid as card" }).click();
    await expect.poll(() => panel.getByRole("status").filter({ hasText: "Saved as a card" }).count()).toBe(1);
    await saveScreenshot(page, "grid");
  });
});
