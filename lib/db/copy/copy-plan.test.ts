import { describe, expect, it } from "vitest";
import { canonicalJson, copyTable } from "./copy-plan";

describe("canonicalJson", () => {
  it("reads the same whichever engine a row came from: sorted keys, ISO dates, bigints and bytes as text", () => {
    expect(canonicalJson({ b: 1n, a: new Date(0) })).toBe('{"a":"1970-01-01T00:00:00.000Z","b":"1"}');
    expect(canonicalJson({ png: new Uint8Array([1, 2]) })).toBe(canonicalJson({ png: Buffer.from([1, 2]) }));
    expect(canonicalJson({ png: new Uint8Array([1, 2]) })).not.toBe(canonicalJson({ png: new Uint8Array([1, 3]) }));
  });
});

describe("copyTable", () => {
  it("reports a row the target changed on the way as unverified", async () => {
    const target = new Map<string, string>();
    const report = await copyTable<{ key: string; value: string }>({
      name: "t",
      read: async () => [{ key: "a", value: "1" }, { key: "b", value: "2" }],
      write: async (row) => (target.set(row.key, row.key === "b" ? "changed" : row.value), true),
      find: async (row) => (target.has(row.key) ? { key: row.key, value: target.get(row.key) } : null),
    });
    expect(report).toMatchObject({ source: 2, written: 2, verified: false });
  });
});
