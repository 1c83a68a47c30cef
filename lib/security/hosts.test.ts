import { describe, expect, it } from "vitest";
import { hostnameOf, isLoopbackHostname, normalizeHost } from "./hosts";

describe("hosts", () => {
  it("knows loopback names", () => {
    for (const h of ["localhost", "LOCALHOST.", "127.0.0.1", "127.8.9.10", "::1", "[::1]"]) expect(isLoopbackHostname(h), h).toBe(true);
    for (const h of ["0.0.0.0", "192.168.1.5", "localhost.evil.com", "127.0.0.1.nip.io", "::", "example.com"]) expect(isLoopbackHostname(h), h).toBe(false);
  });

  it("normalizes Host headers and refuses anything that is not host[:port]", () => {
    const table: Array<[string | null, string | null]> = [
      ["LOCALHOST:3000", "localhost:3000"], ["127.1:3000", "127.0.0.1:3000"], ["[::1]:3000", "[::1]:3000"], ["example.com:80", "example.com"],
      ["evil.com/x", null], ["user@evil.com", null], ["a b", null], ["", null], [null, null],
    ];
    for (const [input, expected] of table) expect(normalizeHost(input), String(input)).toBe(expected);
    expect(hostnameOf("[::1]:3000")).toBe("[::1]");
  });
});
