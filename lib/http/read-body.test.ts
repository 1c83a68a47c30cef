import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { endlessBody } from "@/tests/support/endless-body";
import { readBodyLimited } from "./read-body";

describe("readBodyLimited", () => {
  it("reads a body within the limit", async () => {
    const bytes = await readBodyLimited(new Request("http://x", { method: "POST", body: "hello" }), 5);
    expect(new TextDecoder().decode(bytes)).toBe("hello");
    expect(await readBodyLimited(new Request("http://x"), 5)).toEqual(new Uint8Array());
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const { request, seen } = endlessBody(10_000_000);
    request.headers.set("content-length", "10000000");
    await expect(readBodyLimited(request, 1_000_000)).rejects.toMatchObject({ code: "payload_too_large", status: 413 });
    expect(seen.pulled).toBe(0);
  });

  it("stops a 200 MB chunked body (no Content-Length) as soon as it passes the limit", async () => {
    const { request, seen } = endlessBody(200 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const error = await readBodyLimited(request, 1_000_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "payload_too_large", message: "The request is too large (1 MB at most).", messageZh: "请求内容过大（最多 1 MB）。" });
    expect(seen.pulled).toBeLessThanOrEqual(1_000_000 + 2 * 64 * 1024);
    expect(seen.cancelled).toBe(true);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(32 * 1024 * 1024);
  });
});
