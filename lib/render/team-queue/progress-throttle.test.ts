import { describe, expect, it } from "vitest";
import { createThrottle } from "./progress-throttle";

describe("createThrottle", () => {
  it("lets a progress write through at most once per interval, the first at once", () => {
    const pass = createThrottle(250);
    expect([0, 100, 249, 250, 400, 520].map(pass)).toEqual([true, false, false, true, false, true]);
  });
});
