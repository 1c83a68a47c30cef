import sharp from "sharp";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makePng } from "../support/test-images";
import { baseUrl, openPage, saveScreenshot, useBrowser } from "./browser";

const browser = useBrowser();
const tall = Buffer.from(makePng(512, 768, [220, 30, 30])).toString("base64");

/** Saves a card from the page (its cookie makes this browser the owner) and answers its slug. */
function saveCard(page: Page, title: string, image?: string): Promise<string> {
  return page.evaluate(async ({ title, image }) => {
    const body = { title, prompt: "1girl, blonde hair, cafe, 咖啡馆", negative: "lowres", params: { Sampler: "DPM++ 2M Karras", Steps: "25", "CFG scale": "7", Seed: "1234" }, ...(image ? { image } : {}) };
    const response = await fetch("/api/cards", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return ((await response.json()) as { slug: string }).slug;
  }, { title, image });
}

async function png(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  return response.body();
}
const titleRegion = (bytes: Buffer) => sharp(bytes).extract({ left: 508, top: 85, width: 600, height: 70 }).greyscale().raw().toBuffer();
const difference = (a: Buffer, b: Buffer) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]), 0) / a.length;

describe("card pictures and pages for Chinese users", () => {
  it("draws a Chinese title on the Open Graph image and the PNG export, with the preview at its own aspect ratio", async () => {
    const page = await openPage(browser(), "zh-CN");
    const a = await saveCard(page, "咖啡馆金发少女", tall);
    const b = await saveCard(page, "雨夜长街黑猫小", tall);
    await page.goto(`${baseUrl}/c/${a}`);
    const ogUrl = (await page.locator('meta[property="og:image"]').getAttribute("content"))!;
    const [ogA, ogB] = [await png(page, ogUrl), await png(page, `${baseUrl}/c/${b}/opengraph-image`)];
    // Boxes for missing glyphs would look the same for any two seven-character titles; drawn glyphs do not.
    expect(difference(await titleRegion(ogA), await titleRegion(ogB))).toBeGreaterThan(8);
    const [exportA, exportB] = [await png(page, `${baseUrl}/api/cards/${a}/export?format=png`), await png(page, `${baseUrl}/api/cards/${b}/export?format=png`)];
    expect(difference(await titleRegion(exportA), await titleRegion(exportB))).toBeGreaterThan(8);

    // 512×768 fitted into the 420×534 box is 356×534, centred in it: red top to bottom, none at the box's sides.
    const { data, info } = await sharp(ogA).raw().toBuffer({ resolveWithObject: true });
    const red = (x: number, y: number) => data[(y * info.width + x) * info.channels] > 180 && data[(y * info.width + x) * info.channels + 1] < 80;
    expect([red(258, 60), red(258, 570), red(100, 315), red(60, 315), red(456, 315)]).toEqual([true, true, true, false, false]);

    await page.goto(ogUrl);
    await saveScreenshot(page, "item1-og-after");
  });

  it("follows the language toggle on /cards and /c/<slug>, with copy buttons in both languages", async () => {
    const page = await openPage(browser(), "zh-CN");
    const slug = await saveCard(page, "语言测试");
    await page.goto(`${baseUrl}/cards`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("提示词卡片");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Cards");

    await page.goto(`${baseUrl}/c/${slug}`);
    await expect.poll(() => page.getByRole("button", { name: "Copy A1111 / Forge" }).count()).toBe(1);
    expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Prompt");
    await page.getByRole("button", { name: "中文" }).click();
    await expect.poll(() => page.getByRole("button", { name: "复制 A1111 / Forge 格式" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "复制生成参数" }).count()).toBe(1);
    expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe("正向提示词");
    await saveScreenshot(page, "item8-share-page-zh");
  });

  it("answers a deleted card with a 404 page in both languages and a way back", async () => {
    const page = await openPage(browser(), "en-US");
    const slug = await saveCard(page, "to be deleted");
    await page.evaluate((s) => fetch(`/api/cards/${s}`, { method: "DELETE" }), slug);
    const response = await page.goto(`${baseUrl}/c/${slug}`);
    expect(response?.status()).toBe(404);
    const text = await page.locator("main").textContent();
    expect(text).toContain("这张卡片不存在");
    expect(text).toContain("This card does not exist");
    await saveScreenshot(page, "item8-card-not-found");
    await page.getByRole("link", { name: /Cards/ }).click();
    await page.waitForURL(`${baseUrl}/cards`);
  });
});
