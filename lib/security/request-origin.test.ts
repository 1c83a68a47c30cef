import { describe, expect, it } from "vitest";
import { readCookie } from "./read-cookie";
import { requestOrigin } from "./request-origin";

describe("requestOrigin (og:image and share links)", () => {
  it("uses PUBLIC_URL, else the address the request came to, never a fixed localhost:3000", () => {
    expect(requestOrigin({ publicOrigin: "https://studio.example.com", https: true }, "127.0.0.1:3000")).toBe("https://studio.example.com");
    expect(requestOrigin({ publicOrigin: null, https: false }, "127.0.0.1:4000")).toBe("http://127.0.0.1:4000");
    expect(requestOrigin({ publicOrigin: null, https: false }, "evil.com/x")).toBe("http://localhost");
  });

  it("reads one cookie", () => {
    expect(readCookie("a=1; ps_owner=xyz; b=2", "ps_owner")).toBe("xyz");
    expect(readCookie("xps_owner=1", "ps_owner")).toBeNull();
    expect(readCookie(null, "ps_owner")).toBeNull();
  });
});
