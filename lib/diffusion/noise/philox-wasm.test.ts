import { afterEach, describe, expect, it, vi } from "vitest";
import reference from "./fixtures/randn.json";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("philoxRandn with and without WebAssembly", () => {
  it("gives the same bits from the WebAssembly rounds and from the JavaScript ones", async () => {
    const { philoxRandn: withWasm } = await import("./philox");
    const c = reference.nv.find((r) => r.seed === 1015468391 && r.count === 16384)!;
    vi.stubGlobal("WebAssembly", undefined);
    vi.resetModules();
    const { philoxRandn: withoutWasm } = await import("./philox");
    const [a, b] = [withWasm(c.seed, c.count), withoutWasm(c.seed, c.count)];
    expect(Array.from(b.slice(0, 64))).toEqual(c.first64.map(Math.fround));
    expect(b).toEqual(a);
    expect(withoutWasm(7, 33, 2)).toEqual(withWasm(7, 33, 2));
  });
});
