import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

const at = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new NextRequest(`http://127.0.0.1:3000${path}`, { method: init.method ?? "GET", headers: { host: "127.0.0.1:3000", ...init.headers }, body: init.body });

describe("proxy.ts", () => {
  it("gives each page a fresh nonce in its CSP and hands it to the render", async () => {
    const first = await proxy(at("/"));
    const csp = first.headers.get("content-security-policy")!;
    const nonce = first.headers.get("x-middleware-request-x-nonce")!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect((await proxy(at("/"))).headers.get("x-middleware-request-x-nonce")).not.toBe(nonce);
  });

  it("gives API answers a policy that loads nothing", async () => {
    expect((await proxy(at("/api/dictionary?q=a"))).headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  });

  it("refuses a rebound Host and a cross-site form post before any route runs", async () => {
    expect((await proxy(at("/api/settings/llm", { headers: { host: "attacker.example:3000" } }))).status).toBe(403);
    const post = await proxy(at("/api/dictionary/entries", { method: "POST", headers: { "content-type": "text/plain", origin: "https://evil.example" }, body: "{}" }));
    expect(post.status).toBe(403);
    expect((await post.json()).error.code).toBe("forbidden_cross_site");
  });

  it("runs on everything but Next's static files and the upload routes, which guard themselves", async () => {
    expect(config.matcher).toEqual(["/((?!_next/static|_next/image|api/pnginfo$|api/tag-image$|api/render$).*)"]);
    const { UPLOAD_PATHS } = await import("@/lib/security/upload-paths");
    const pattern = new RegExp(`^${config.matcher[0]}$`);
    for (const path of UPLOAD_PATHS) expect(pattern.test(path), path).toBe(false);
    for (const path of ["/", "/api/render/abc", "/api/pnginfo/x", "/api/prompt/analyze", "/login"]) expect(pattern.test(path), path).toBe(true);
  });
});
