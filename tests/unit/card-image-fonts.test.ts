import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderCardImage } from "@/components/cards/render-card-image";
import { renderLabelPng } from "@/components/image-text/render-label";
import type { Card } from "@/lib/cards/card";

// next/og loads its own wasm through fetch("data:…"); anything else is a request to the network.
const requests: string[] = [];
const realFetch = globalThis.fetch;
beforeEach(() => {
  requests.length = 0;
  vi.stubGlobal("fetch", (url: unknown, init?: RequestInit) => {
    const href = String(url instanceof Request ? url.url : url);
    if (href.startsWith("data:")) return realFetch(href, init);
    requests.push(href);
    return Promise.reject(new Error("no network in tests"));
  });
});
afterEach(() => vi.unstubAllGlobals());

const card = (title: string, hasImage = false): Card => ({
  slug: "s", title, prompt: "1girl, blonde hair, cafe", negative: "lowres", params: { Sampler: "Euler a", Steps: "20" }, tags: [],
  hasImage, unlisted: false, visibility: "link", mine: true, createdAt: "", updatedAt: "",
});

async function region(png: Uint8Array, left: number, top: number, width: number, height: number) {
  return sharp(png).extract({ left, top, width, height }).greyscale().raw().toBuffer();
}
const difference = (a: Buffer, b: Buffer) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]), 0) / a.length;
const ink = (a: Buffer) => a.filter((v) => v > 128).length / a.length;

describe("card pictures with Chinese text", () => {
  it("draws the glyphs of a Chinese title from the bundled font, with no request to the network", async () => {
    const a = await renderCardImage(card("咖啡馆金发少女"), null);
    const b = await renderCardImage(card("雨夜长街黑猫"), null);
    expect(requests).toEqual([]);
    // The title line: boxes (missing glyphs) would look alike for any two titles of the same length.
    const [ra, rb] = await Promise.all([region(a, 48, 90, 500, 60), region(b, 48, 90, 500, 60)]);
    expect(ink(ra)).toBeGreaterThan(0.03);
    expect(difference(ra, rb)).toBeGreaterThan(10);
  });

  it("leaves out characters the font lacks instead of asking for another font", async () => {
    await renderCardImage(card("咖啡 🧋 ☕ ꦲ"), null);
    expect(requests).toEqual([]);
  });

  it("shows the preview at its own aspect ratio", async () => {
    const tall = await sharp({ create: { width: 512, height: 768, channels: 3, background: { r: 250, g: 0, b: 0 } } }).png().toBuffer();
    const png = await renderCardImage(card("竖图", true), new Uint8Array(tall));
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const red = (x: number, y: number) => data[(y * info.width + x) * info.channels] > 200 && data[(y * info.width + x) * info.channels + 1] < 60;
    // 512×768 fitted into 420×534 is 356×534, centred: x 80–436, y 48–582.
    expect(red(258, 60)).toBe(true);
    expect(red(258, 570)).toBe(true);
    expect(red(60, 315)).toBe(false);
    expect(red(100, 315)).toBe(true);
  });

  it("draws labels for other image features (grids, captions)", async () => {
    const a = await renderLabelPng("步数 20", { width: 200, height: 40 }, { fontSize: 20 });
    const b = await renderLabelPng("采样 20", { width: 200, height: 40 }, { fontSize: 20 });
    const meta = await sharp(a).metadata();
    expect([meta.width, meta.height]).toEqual([200, 40]);
    expect(difference(await region(a, 0, 0, 200, 40), await region(b, 0, 0, 200, 40))).toBeGreaterThan(1);
    expect(requests).toEqual([]);
  });
});
