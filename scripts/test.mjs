// `npm test`: the unit tests, then the browser tests; ends with one plain "N passed, N failed" line for CI.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const results = path.join(process.cwd(), "test-results");
fs.mkdirSync(results, { recursive: true });
const vitest = path.join(process.cwd(), "node_modules", "vitest", "vitest.mjs");
const jsonFor = (name) => path.join(results, `${name}.json`);

const unit = spawnSync(process.execPath, [vitest, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${jsonFor("unit")}`], { stdio: "inherit" });
const e2e = unit.status === 0
  ? spawnSync(process.execPath, [path.join("scripts", "e2e.mjs"), "--reporter=default", "--reporter=json", `--outputFile.json=${jsonFor("e2e")}`], { stdio: "inherit" })
  : null;

let passed = 0;
let failed = 0;
for (const name of ["unit", "e2e"]) {
  if (!fs.existsSync(jsonFor(name))) continue;
  const report = JSON.parse(fs.readFileSync(jsonFor(name), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
}
if (unit.status !== 0 || (e2e && e2e.status !== 0)) failed = Math.max(failed, 1);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
