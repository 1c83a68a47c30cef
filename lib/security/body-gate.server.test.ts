import http, { type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateBodies } from "./body-gate.server";

const LIMIT = 64 * 1024;
const seen: Array<{ method?: string; url?: string; type?: string; body: Buffer; original: boolean }> = [];
let originals = new WeakSet<IncomingMessage>();
let server: http.Server;
let base: string;

// What Next would be: records each request it is handed and echoes the body's length.
beforeAll(async () => {
  server = http.createServer((request, response) => {
    originals.add(request);
    gateBodies(async (req, res) => {
      const parts: Buffer[] = [];
      for await (const part of req) parts.push(part as Buffer);
      const body = Buffer.concat(parts);
      seen.push({ method: req.method, url: req.url, type: req.headers["content-type"], body, original: originals.has(req) });
      res.end(JSON.stringify({ bytes: body.length }));
    }, LIMIT)(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `total` bytes chunked, 16 kB at a time, stopping when the answer comes (unless `ignoreAnswer`). */
function sendChunked(path: string, total: number, ignoreAnswer = false) {
  return new Promise<{ status: number; body: string; type: string; sent: number; cut: boolean }>((resolve) => {
    const chunk = Buffer.alloc(16 * 1024, 0x61);
    let sent = 0;
    let answered = false;
    let result = { status: 0, body: "", type: "", sent: 0, cut: false };
    const req = http.request(base + path, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8").on("data", (d: string) => (body += d));
      res.on("end", () => {
        result = { ...result, status: res.statusCode ?? 0, body, type: String(res.headers["content-type"]), sent };
        if (!ignoreAnswer) {
          req.destroy();
          resolve(result);
        }
      });
    });
    req.on("error", () => {});
    req.on("close", () => resolve({ ...result, sent, cut: sent < total }));
    const pump = () => {
      while (sent < total && !req.destroyed && (ignoreAnswer || !answered)) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!req.destroyed && sent >= total) req.end();
    };
    pump();
  });
}

describe("gateBodies (bounds request bodies before Next reads them)", () => {
  it("hands a body within the limit on whole, chunked or with a length, to a copy of the request", async () => {
    seen.length = 0;
    const text = JSON.stringify({ prompt: "女孩坐在咖啡馆, (masterpiece:1.2) 🐱".repeat(300) });
    const withLength = await fetch(`${base}/api/prompt/analyze?x=1`, { method: "POST", headers: { "content-type": "application/json" }, body: text });
    expect(await withLength.json()).toEqual({ bytes: Buffer.byteLength(text) });
    const chunked = await sendChunked("/api/translate", LIMIT);
    expect(chunked.status).toBe(200);
    expect(seen.map((s) => [s.method, s.url, s.type, s.original])).toEqual([
      ["POST", "/api/prompt/analyze?x=1", "application/json", false],
      ["POST", "/api/translate", "application/json", false],
    ]);
    expect(seen[0].body.toString("utf8")).toBe(text);
    expect(seen[1].body).toEqual(Buffer.alloc(LIMIT, 0x61));
  });

  it("passes requests without a body, and the upload routes' bodies, through untouched", async () => {
    seen.length = 0;
    expect((await fetch(`${base}/api/dictionary?q=cat`)).status).toBe(200);
    const upload = await fetch(`${base}/api/pnginfo`, { method: "POST", headers: { "content-type": "image/png" }, body: Buffer.alloc(3 * LIMIT) });
    expect(await upload.json()).toEqual({ bytes: 3 * LIMIT });
    expect(seen.map((s) => [s.url, s.original])).toEqual([["/api/dictionary?q=cat", true], ["/api/pnginfo", true]]);
  });

  it("answers a chunked body one byte past the limit with a bilingual 413, before the sender has sent much more", async () => {
    seen.length = 0;
    const api = await sendChunked("/api/prompt/analyze", 64 * 1024 * 1024);
    expect(api.status).toBe(413);
    expect(JSON.parse(api.body).error).toMatchObject({ code: "payload_too_large", messageZh: expect.stringContaining("请求内容过大") });
    expect(api.sent).toBeLessThan(16 * 1024 * 1024);
    const page = await sendChunked("/", 64 * 1024 * 1024);
    expect(page.status).toBe(413);
    expect(page.type).toBe("text/plain; charset=utf-8");
    expect(page.body).toContain("请求内容过大");
    expect(seen).toEqual([]);
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    seen.length = 0;
    const res = await fetch(`${base}/api/cards`, { method: "POST", headers: { "content-type": "application/json" }, body: Buffer.alloc(LIMIT + 1, 0x20) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("payload_too_large");
    expect(seen).toEqual([]);
  });

  it("reads no more of a body it refused, and closes the connection of a sender that ignores the 413", async () => {
    const result = await sendChunked("/api/prompt/analyze", 256 * 1024 * 1024, true);
    expect(result.status).toBe(413);
    expect(result.cut).toBe(true);
    expect(result.sent).toBeLessThan(16 * 1024 * 1024);
  });
});
