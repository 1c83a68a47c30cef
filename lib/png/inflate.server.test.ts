import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { deflate } from "./fixtures/build-images";
import { inflateGzip, inflateZlib, MAX_INFLATE_BYTES } from "./inflate.server";

describe("inflateZlib", () => {
  it("inflates zlib data into a plain Uint8Array", () => {
    const out = inflateZlib(deflate("hello 猫"));
    expect(new TextDecoder().decode(out)).toBe("hello 猫");
    expect(out.constructor).toBe(Uint8Array);
    expect(inflateZlib(deflate(""))).toHaveLength(0);
    expect(inflateZlib(deflate(""), 0)).toHaveLength(0);
  });

  it("throws a too_large AppError past the cap (zip bombs)", () => {
    const bomb = deflate(new Uint8Array(MAX_INFLATE_BYTES + 1));
    expect(() => inflateZlib(bomb)).toThrow(AppError);
    expect(inflateZlib(deflate(new Uint8Array(MAX_INFLATE_BYTES)))).toHaveLength(MAX_INFLATE_BYTES);
    expect(() => inflateZlib(deflate("abcdef"), 5)).toThrow(/more than 5 bytes/);
    expect(() => inflateZlib(deflate("abcdef"), 1e12)).not.toThrow();
  });

  it("throws a damaged AppError for data that is not zlib, and keeps what a cut stream holds", () => {
    expect(() => inflateZlib(Uint8Array.of(1, 2, 3, 4))).toThrow("damaged");
    const whole = deflate("x".repeat(1000) + "y".repeat(1000));
    const part = inflateZlib(whole.subarray(0, whole.length - 6));
    expect(new TextDecoder().decode(part)).toMatch(/^x+/);
  });
});

describe("inflateGzip", () => {
  const gzip = (data: Uint8Array | string) => new Uint8Array(zlib.gzipSync(data));

  it("inflates gzip data with the same cap and errors as inflateZlib", () => {
    expect(new TextDecoder().decode(inflateGzip(gzip("stealth 猫")))).toBe("stealth 猫");
    expect(() => inflateGzip(gzip(new Uint8Array(MAX_INFLATE_BYTES + 1)))).toThrow(/more than/);
    expect(() => inflateGzip(gzip("abcdef"), 5)).toThrow(/more than 5 bytes/);
    expect(() => inflateGzip(deflate("zlib, not gzip"))).toThrow("damaged");
  });
});
