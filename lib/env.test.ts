import path from "node:path";
import { expect, it } from "vitest";
import { outputsDirFor } from "./env";

it.each([
  ["file:./data/app.db", undefined, "/app/data/outputs"],
  ["file:/srv/studio/app.db", undefined, "/srv/studio/outputs"],
  ["file:/tmp/x/test.db?connection_limit=1", undefined, "/tmp/x/outputs"],
  ["file:/srv/studio/app.db", "/mnt/renders", "/mnt/renders"],
  ["file:/srv/studio/app.db", "renders", "/app/renders"],
  ["postgresql://u@h/db", undefined, "/app/data/outputs"],
])("renders for %s (OUTPUTS_DIR %s) go to %s", (url, dir, expected) => {
  expect(outputsDirFor(url, dir, "/app")).toBe(path.resolve(expected));
});
