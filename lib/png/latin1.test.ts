import { describe, expect, it } from "vitest";
import { decodeLatin1, encodeLatin1 } from "./latin1";

describe("Latin-1", () => {
  it("maps every byte to the code point of the same value (not windows-1252)", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeLatin1(all);
    expect([...text].map((c) => c.charCodeAt(0))).toEqual([...all]);
    expect(text.charCodeAt(0x80)).toBe(0x80);
    expect(encodeLatin1(text)).toEqual(all);
  });

  it("refuses characters above U+00FF", () => {
    expect(encodeLatin1("café")).toEqual(Uint8Array.of(0x63, 0x61, 0x66, 0xe9));
    expect(encodeLatin1("猫")).toBeUndefined();
    expect(encodeLatin1("€")).toBeUndefined();
  });

  it("decodes long inputs", () => {
    expect(decodeLatin1(new Uint8Array(100_000).fill(0x61))).toBe("a".repeat(100_000));
  });
});

describe("decodeLatin1 fast path", () => {
  it("gives the same result with and without bytes 0x80–0x9F", () => {
    const high = Uint8Array.from({ length: 96 }, (_, i) => 0xa0 + i);
    expect(decodeLatin1(high)).toBe(String.fromCharCode(...high));
    expect(decodeLatin1(Uint8Array.of(0x41, 0x85, 0xe9))).toBe("A\u0085é");
  });
});
