import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeA1111, type FakeA1111 } from "../support/fake-a1111";
import { baseUrl, openPage, saveScreenshot, useBrowser } from "./browser";

const browser = useBrowser();
let fake: FakeA1111;
beforeAll(async () => {
  // Slow enough steps that the panel's progress polling (every 0.5 s) sees the render under way even on a busy machine.
  fake = await startFakeA1111({ stepMs: 400 });
});
afterAll(async () => {
  await fetch(`${baseUrl}/api/settings/render`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ backend: "onnx" }) }).catch(() => {});
  await fake?.close();
});

describe("the Preview panel", () => {
  it("renders on an AUTOMATIC1111 server, shows progress and the image, and reuses its seed", async () => {
    const page = await openPage(browser());
    await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("a red apple on a table");
    const panel = page.getByRole("region", { name: "Preview" });
    await panel.getByRole("combobox", { name: "Backend" }).selectOption("a1111");
    const url = panel.getByRole("textbox", { name: "Server URL" });
    await url.fill(fake.url);
    await url.blur();
    await panel.getByRole("spinbutton", { name: "Steps" }).fill("6");
    await panel.getByRole("button", { name: "Generate" }).click();

    await expect.poll(() => panel.getByText(/Step \d\/6/).count()).toBeGreaterThan(0);
    const strip = panel.getByRole("list", { name: "Results" });
    const image = strip.getByRole("img", { name: "Seed 1234567" });
    await expect.poll(() => image.count()).toBe(1);
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(64);
    // The server's progress was followed while it rendered (the SSE progress stream itself is covered by the route tests).
    expect(fake.requests.some((r) => r.path.startsWith("/sdapi/v1/progress"))).toBe(true);
    const render = fake.requests.find((r) => r.path === "/sdapi/v1/txt2img")!;
    expect(render.body).toMatchObject({ prompt: "a red apple on a table", steps: 6, sampler_name: "Euler a", seed: -1, width: 512, height: 512 });

    const seed = panel.getByRole("spinbutton", { name: "Seed" });
    expect(await seed.inputValue()).toBe("-1");
    await strip.getByRole("button", { name: "Use this seed" }).click();
    await expect.poll(() => seed.inputValue()).toBe("1234567");
    await panel.getByRole("button", { name: "Random seed (-1)" }).click();
    await expect.poll(() => seed.inputValue()).toBe("-1");
    await panel.getByRole("button", { name: "Reuse the last seed" }).click();
    await expect.poll(() => seed.inputValue()).toBe("1234567");
    await saveScreenshot(page, "preview-panel");
  });
});
