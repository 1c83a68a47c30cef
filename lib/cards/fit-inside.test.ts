import { expect, it } from "vitest";
import { fitInside } from "./fit-inside";

it.each([
  [512, 768, 420, 534, { width: 356, height: 534 }],
  [768, 512, 420, 534, { width: 420, height: 280 }],
  [512, 512, 420, 534, { width: 420, height: 420 }],
  [64, 64, 420, 534, { width: 420, height: 420 }],
  [0, 0, 420, 534, { width: 420, height: 534 }],
])("fits %s×%s inside %s×%s", (w, h, bw, bh, size) => {
  expect(fitInside(w, h, bw, bh)).toEqual(size);
});
