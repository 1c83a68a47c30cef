import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { writeTinyModel } from "@/lib/render/backends/onnx/tiny-model/make-tiny-model";
import { baseUrl, openPage, saveScreenshot, useBrowser, waitForApp } from "./browser";

const browser = useBrowser();
const databaseFile = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
const pngsUnder = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".png")) : []);

async function addModel(name: string): Promise<{ id: string; name: string }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ps-e2e-model-"));
  writeTinyModel(folder);
  const bin = path.join(process.cwd(), "bin", "promptstudio.mjs");
  const { stdout } = await promisify(execFile)(process.execPath, [bin, "models", "add", folder, "--name", name, "--json"], { env: process.env });
  return (JSON.parse(stdout) as { model: { id: string; name: string } }).model;
}

const useBuiltin = (page: Page) => page.evaluate(() => fetch("/api/settings/render", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ backend: "onnx" }) }));

describe("models, outputs and language", () => {
  it("picks a model by name (any language), remembers it, and saves renders beside the database", async () => {
    const chinese = await addModel("第二个模型");
    expect(chinese.id).toBe("第二个模型");
    await addModel("newest tiny");
    const context = await browser().newContext({ locale: "en-US", viewport: { width: 1280, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await useBuiltin(page);
    await page.reload();
    await waitForApp(page);
    const panel = page.getByRole("region", { name: "Preview" });
    const picker = panel.getByRole("combobox", { name: "Model" });
    await expect.poll(() => picker.locator("option").allTextContents()).toEqual(expect.arrayContaining(["Default (newest: newest tiny)", expect.stringMatching(/^第二个模型 · Custom · \d+ KB$/)]));
    await picker.selectOption(chinese.id);
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => picker.inputValue()).toBe("第二个模型");

    const projectOutputs = pngsUnder(path.join(process.cwd(), "data", "outputs")).length;
    await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("a cat");
    await panel.getByRole("spinbutton", { name: "Steps", exact: true }).fill("2");
    await panel.getByRole("spinbutton", { name: "Width", exact: true }).fill("64");
    await panel.getByRole("spinbutton", { name: "Height", exact: true }).fill("64");
    await panel.getByRole("button", { name: "Generate" }).click();
    const strip = panel.getByRole("list", { name: "Results" });
    await expect.poll(() => strip.getByRole("img").count(), { timeout: 60_000 }).toBe(1);
    await strip.getByRole("button", { name: "Copy generation data" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain("Model: 第二个模型");
    await saveScreenshot(page, "item7-model-picker");
    await expect.poll(() => pngsUnder(path.join(path.dirname(databaseFile), "outputs")).length).toBeGreaterThan(0);
    expect(pngsUnder(path.join(process.cwd(), "data", "outputs")).length).toBe(projectOutputs);
  });

  it("checks render settings before sending and says what is wrong in Chinese", async () => {
    const page = await openPage(browser(), "zh-CN");
    await useBuiltin(page);
    const renders: string[] = [];
    page.on("request", (r) => r.url().endsWith("/api/render") && renders.push(r.method()));
    const panel = page.getByRole("region", { name: "预览" });
    await panel.getByRole("spinbutton", { name: "宽", exact: true }).fill("500");
    await panel.getByRole("button", { name: "生成" }).click();
    await expect.poll(() => panel.getByRole("alert").textContent()).toContain("宽度必须是 8 的倍数");
    expect(await panel.getByRole("alert").textContent()).not.toMatch(/width|multiple/);
    expect(renders).toEqual([]);
    await saveScreenshot(page, "item8-validation-zh");
  });

  it("shows category names in the dictionary's hover titles and PNG Info in the chosen language", async () => {
    const page = await openPage(browser(), "zh-CN");
    await page.getByRole("searchbox", { name: "搜索标签" }).fill("金发");
    const result = page.getByRole("button", { name: /blonde hair 金发$/ }).first();
    await expect.poll(() => result.getAttribute("title")).toBe("外貌 · 发色");
    await page.goto(`${baseUrl}/pnginfo`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("图片信息（PNG Info）");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("PNG Info");
  });
});
