import { describe, expect, it } from "vitest";
import { baseUrl, openPage, saveScreenshot, useBrowser, waitForApp } from "./browser";

const browser = useBrowser();

describe("cards and PNG info", () => {
  it("saves a card, shares it with escaped text and Open Graph tags, and a deleted card is 404", async () => {
    const page = await openPage(browser());
    await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("1girl, (smile:1.2), <img src=x onerror=alert(1)>");
    await page.getByRole("button", { name: "Save card" }).click();
    const form = page.getByRole("form", { name: "Save card" });
    await form.getByLabel("Title").fill("<script>window.__pwned=1</script> Cafe");
    await form.getByRole("button", { name: "Save" }).click();
    const link = form.getByRole("link");
    await link.waitFor();
    // The share link is shown absolute (issue 15): go on with its path.
    const href = new URL((await link.getAttribute("href"))!).pathname;
    await page.goto(baseUrl + href);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("<script>window.__pwned=1</script> Cafe");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toContain(`${href}/opengraph-image`);
    expect(await page.getByRole("list", { name: "Prompt tags" }).textContent()).toContain("微笑");
    await saveScreenshot(page, "share-page");
    const og = await page.request.get(`${baseUrl}${href}/opengraph-image`);
    expect(og.headers()["content-type"]).toBe("image/png");
    await page.request.delete(`${baseUrl}/api/cards/${href!.split("/").pop()}`);
    expect((await page.request.get(baseUrl + href!)).status()).toBe(404);
  });

  it("reads a pasted A1111 generation text and opens it in the composer", async () => {
    const page = await openPage(browser());
    await page.goto(`${baseUrl}/pnginfo`);
    await page.getByRole("textbox", { name: "Generation data" }).fill("masterpiece, 1girl\nNegative prompt: lowres\nSteps: 30, Sampler: DPM++ 2M Karras, CFG scale: 6, Seed: 1015468391, Size: 500x500");
    await page.getByRole("button", { name: /Read pasted text/ }).click();
    await expect.poll(() => page.getByTestId("pnginfo-negative").textContent()).toBe("lowres");
    await page.getByRole("button", { name: /Use in composer/ }).click();
    await page.waitForURL(`${baseUrl}/`);
    await waitForApp(page);
    await expect.poll(() => page.getByRole("textbox", { name: "Prompt", exact: true }).inputValue()).toBe("masterpiece, 1girl");
  });
});
