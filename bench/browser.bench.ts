import fs from "node:fs";
import zlib from "node:zlib";
import { startTestServer } from "../scripts/lib/test-server.mjs";
import type { Browser } from "playwright-core";
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
    // Per keystroke: the synchronous update (React render of text, highlight and chips, then style and layout, forced),
    // and the time until the token count shows the new value (it is computed in a deferred render right after).
    const { sync, counted } = await page.evaluate(async () => {
      const el = document.querySelector("textarea") as HTMLTextAreaElement;
      const badge = document.querySelector('[data-testid="token-count"]') as HTMLElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
      const sync: number[] = [];
      const counted: number[] = [];
      for (let i = 0; i < 40; i++) {
        const before = badge.textContent;
        const t0 = performance.now();
        setter.call(el, `${el.value}, w${i}`);
        el.dispatchEvent(new Event("input", { bubbles: true }));
        void document.body.getBoundingClientRect().height;
        sync.push(performance.now() - t0);
        while (badge.textContent === before && performance.now() - t0 < 1000) await new Promise((r) => setTimeout(r, 0));
        counted.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 30));
      }
      sync.sort((x, y) => x - y);
      counted.sort((x, y) => x - y);
      return { sync, counted };
    });
    const at = (a: number[], q: number) => a[Math.floor(a.length * q)];
    console.log(`  keystroke with 150 tags: text, highlight and chips updated and laid out in ${fmt(at(sync, 0.5), 1)} ms median (p90 ${fmt(at(sync, 0.9), 1)} ms);` +
      ` token count updated ${fmt(at(counted, 0.5), 1)} ms after the key (p90 ${fmt(at(counted, 0.9), 1)} ms); one frame = 16.7 ms`);
    await benchAutocomplete(browser, url);
  } finally {
    await browser.close();
    stop();
  }
}

// Keystroke → suggestions on screen, over the whole tag set (the index lives in a web worker).
async function benchAutocomplete(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  const box = page.getByRole("textbox", { name: "Prompt", exact: true });
  await box.click();
  const t0 = Date.now();
  await box.pressSequentially("bl");
  await page.getByRole("listbox", { name: "Tag suggestions" }).waitFor({ timeout: 30_000 });
  const ready = Date.now() - t0;
  const words = ["blonde hair", "long_hair", "金发", "双马尾", "shuangmawei", "hatsune miku", "looking at viewer", "smw", "qipao", "sitting"];
  const times = await page.evaluate(async (list) => {
    const el = document.querySelector("textarea") as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    const out: number[] = [];
    for (const word of list) {
      for (let i = 1; i <= word.length; i++) {
        const text = `1girl, ${word.slice(0, i)}`;
        const query = word.slice(0, i);
        const start = performance.now();
        // Resolved by the DOM change that shows the suggestions for this very query (the list says which it shows).
        const shown = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if ((document.querySelector('[role="listbox"]') as HTMLElement | null)?.dataset.query === query) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          setTimeout(() => { observer.disconnect(); resolve(); }, 1000);
        });
        setter.call(el, text);
        el.setSelectionRange(text.length, text.length);
        el.dispatchEvent(new Event("input", { bubbles: true }));
        await shown;
        out.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    return out.sort((a, b) => a - b);
  }, words);
  const at = (q: number) => fmt(times[Math.floor(times.length * q)], 1);
  console.log(`  autocomplete in the browser: index ready ${fmt(ready / 1000, 1)} s after first focus (worker: fetch + build);` +
    ` keystroke → suggestions on screen ${at(0.5)} ms median, p95 ${at(0.95)} ms over ${times.length} keystrokes (goal ≤ 5 ms p95)`);
}

