import { describe, expect, it } from "vitest";
import { newNonce, pageCsp } from "./csp";

describe("pageCsp", () => {
  it("allows scripts only with the nonce, forbids framing and plugins", () => {
    const csp = pageCsp("abc");
    expect(csp.split("; ")[1]).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(pageCsp("abc", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("makes a different 128-bit nonce every time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
