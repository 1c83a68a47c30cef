import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { computeCrc32 } from "./crc32";

describe("computeCrc32", () => {
  it("matches the standard check value and PNG's IEND CRC", () => {
    expect(computeCrc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(computeCrc32(new TextEncoder().encode("IEND"))).toBe(0xae426082);
    expect(computeCrc32(new Uint8Array(0))).toBe(0);
  });

  it("agrees with node's zlib.crc32 and honours start/end", () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) & 0xff);
    expect(computeCrc32(bytes)).toBe(zlib.crc32(bytes) >>> 0);
    expect(computeCrc32(bytes, 10, 500)).toBe(zlib.crc32(bytes.subarray(10, 500)) >>> 0);
  });
});
