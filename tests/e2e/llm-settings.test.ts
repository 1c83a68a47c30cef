import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort } from "../support/closed-port";
import { startFakeOpenAI } from "../support/fake-openai";
import { baseUrl, saveScreenshot, useBrowser } from "./browser";

const browser = useBrowser();
const GOOD_KEY = "sk-right-key-for-the-test-1234";
let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
beforeAll(async () => {
  fake = await startFakeOpenAI((request) => {
    if (request.authorization !== `Bearer ${GOOD_KEY}`) return { status: 401, message: "Incorrect API key provided" };
    if (request.body.model !== "m") return { status: 404, message: `The model ${request.body.model} does not exist` };
    return { chunks: ["ok"] };
  });
});
afterAll(async () => {
  await fetch(`${baseUrl}/api/settings/llm`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ baseUrl: "", model: "", apiKey: "" }) }).catch(() => {});
  await fake?.close();
});

describe("LLM settings test the connection before claiming it (issue 15, item 6)", () => {
  it("says untested until tested, then shows 401, success, a missing model and an unreachable server in Chinese", async () => {
    const context = await browser().newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/settings`);
    const status = page.getByTestId("llm-status");
    await expect.poll(() => status.textContent()).not.toBe("…");

    await page.getByLabel("接口地址（Base URL）").fill(fake.baseURL);
    await page.getByLabel("模型", { exact: true }).fill("m");
    await page.getByLabel("API 密钥").fill("sk-wrong-key-for-the-test-0000");
    await page.getByRole("button", { name: "保存设置" }).click();
    await expect.poll(() => status.textContent()).toContain("尚未测试");
    expect(await status.textContent()).not.toContain("已连接");
    await saveScreenshot(page, "issue15-item6-llm-untested");

    await page.getByRole("button", { name: "测试连接" }).click();
    await expect.poll(() => status.textContent()).toContain("401");
    expect(await status.textContent()).toContain("密钥");

    await page.getByLabel("API 密钥").fill(GOOD_KEY);
    await page.getByRole("button", { name: "测试连接" }).click();
    await expect.poll(() => status.textContent()).toContain("已连接");
    expect(await status.textContent()).toContain("m");
    expect(fake.requests.at(-1)?.authorization).toBe(`Bearer ${GOOD_KEY}`);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(GOOD_KEY);

    await page.getByLabel("模型", { exact: true }).fill("nope");
    await expect.poll(() => status.textContent()).not.toContain("已连接");
    await page.getByRole("button", { name: "测试连接" }).click();
    await expect.poll(() => status.textContent()).toContain("找不到模型");

    await page.getByLabel("接口地址（Base URL）").fill(`http://127.0.0.1:${await closedPort()}/v1`);
    await page.getByRole("button", { name: "测试连接" }).click();
    await expect.poll(() => status.textContent()).toContain("无法连接");
    await saveScreenshot(page, "issue15-item6-llm-unreachable");
    await context.close();
  });
});
