import { describe, expect, it } from "vitest";
import { expireInSecondsFor } from "./team-timing";

describe("expireInSecondsFor", () => {
  it("gives pg-boss the render timeout plus a minute, within its 24 hours", () => {
    expect(expireInSecondsFor(600_000)).toBe(660);
    expect(expireInSecondsFor(1500)).toBe(62);
    expect(expireInSecondsFor(48 * 3600_000)).toBe(23 * 3600);
  });
});
