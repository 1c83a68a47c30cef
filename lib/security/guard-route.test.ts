import { describe, expect, it } from "vitest";
import { guarded } from "./guard-route";

const ok = guarded(async () => Response.json({ ok: true }));
const post = (url: string, headers: Record<string, string>) => ok(new Request(url, { method: "POST", body: "x", headers }));

describe("guarded (the upload routes that proxy.ts skips)", () => {
  it("lets the page's own uploads through, with the API's CSP", async () => {
    const res = await post("http://127.0.0.1:3000/api/pnginfo", { "content-type": "image/png", origin: "http://127.0.0.1:3000" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("refuses a cross-site form post, a foreign Origin and a forged Host before the body is read", async () => {
    expect((await post("http://127.0.0.1:3000/api/pnginfo", { "content-type": "text/plain" })).status).toBe(403);
    expect((await post("http://127.0.0.1:3000/api/tag-image", { "content-type": "multipart/form-data; boundary=x", origin: "https://evil.example" })).status).toBe(403);
    expect((await post("http://127.0.0.1:3000/api/render", { "content-type": "application/json", host: "evil.example" })).status).toBe(403);
  });
});
