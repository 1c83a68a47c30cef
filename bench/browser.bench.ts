import fs from "node:fs";
import zlib from "node:zlib";
// @ts-expect-error -- plain ESM helper shared with the test runner
import { startTestServer } from "../scripts/lib/test-server.mjs";
import { launchBrowser } from "../tests/e2e/browser";
import { fmt } from "./measure";

/** The composer in Chromium: a keystroke with 150 tags in the prompt, and the main page's first-load JavaScript. */
export async function benchBrowser(): Promise<void> {
  if (!fs.existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
    console.log("browser: skipped (no /usr/bin/chromium; apt-get install chromium)");
    return;
  }
  const { url, stop } = (await startTestServer()) as { url: string; stop: () => void };
  const browser = await launchBrowser();
  try {
    const html = await (await fetch(url)).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
    let raw = 0;
    let gzip = 0;
    for (const src of new Set(scripts)) {
      const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
      raw += body.length;
      gzip += zlib.gzipSync(body, { level: 9 }).length;
    }
    console.log(`browser: main page first-load JS ${fmt(gzip / 1024, 1)} kB gzip (${fmt(raw / 1024, 0)} kB raw, ${scripts.length} files; goal < 250 kB; the CLIP vocabulary loads lazily)`);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    const box = page.getByRole("textbox", { name: "Prompt", exact: true });
    const tags = Array.from({ length: 150 }, (_, i) => (i % 5 === 0 ? `(tag${i}:1.2)` : `tag number ${i}`)).join(", ");
    await box.fill(tags);
    await page.waitForFunction(() => /\d+\/\d+/.test(document.querySelector('[data-testid="token-count"]')?.textContent ?? ""));
    await page.waitForTimeout(1500);
    const timings = await page.evaluate(async () => {
      const el = document.querySelector("textarea") as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
      const out: number[] = [];
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        setter.call(el, `${el.value}${i % 2 ? "a" : ","}`);
        el.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        out.push(performance.now() - t0);
      }
      return out.sort((a, b) => a - b);
    });
    const median = timings[Math.floor(timings.length / 2)];
    const p90 = timings[Math.floor(timings.length * 0.9)];
    console.log(`  keystroke with 150 tags (text, chips, counts, to the next frame): median ${fmt(median, 1)} ms, p90 ${fmt(p90, 1)} ms (one frame = 16.7 ms)`);
  } finally {
    await browser.close();
    stop();
  }
}
