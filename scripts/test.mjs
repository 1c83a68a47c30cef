// `npm test`: the unit tests on SQLite; the database tests again on PostgreSQL, with the *.postgres.test.ts files, when
// TEST_POSTGRES_URL names a server (.ci/run starts one); then the browser tests. Ends with one plain "N passed, N failed" line for CI.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const results = path.join(process.cwd(), "test-results");
fs.mkdirSync(results, { recursive: true });
const vitest = path.join(process.cwd(), "node_modules", "vitest", "vitest.mjs");
const jsonFor = (name) => path.join(results, `${name}.json`);
const reporters = (name) => ["--reporter=default", "--reporter=json", `--outputFile.json=${jsonFor(name)}`];
for (const name of ["unit", "postgres", "e2e"]) fs.rmSync(jsonFor(name), { force: true });

// The test files that open a database (through tests/support/test-database.ts) or copy between two.
function databaseTestFiles() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".test.ts") && /useTestDatabase|TEST_POSTGRES_URL/.test(fs.readFileSync(file, "utf8"))) found.push(file);
    }
  };
  for (const dir of ["app", "cli", "lib", "scripts"]) walk(dir);
  return found.sort();
}

const steps = [];
const run = (name, args, env = process.env) => {
  const { status } = spawnSync(process.execPath, args, { stdio: "inherit", env });
  steps.push({ name, ok: status === 0 });
  return status === 0;
};

// The first pass is the SQLite default's, whatever the environment says.
const server = process.env.TEST_POSTGRES_URL;
const sqliteEnv = { ...process.env };
delete sqliteEnv.TEST_POSTGRES_URL;
let ok = run("unit", [vitest, "run", ...reporters("unit")], sqliteEnv);
if (ok && server) {
  console.log(`\n[test] the database tests again, on PostgreSQL (${new URL(server).host})`);
  // This run's databases carry its id, so another run or bench on the same server keeps its own.
  process.env.PS_TEST_RUN = Math.random().toString(36).slice(2, 10);
  ok = run("postgres", [vitest, "run", ...reporters("postgres"), ...databaseTestFiles()]);
  spawnSync(process.execPath, [path.join("tests", "support", "create-postgres-database.mjs"), server, "--drop-run", process.env.PS_TEST_RUN], { stdio: "ignore" });
} else if (!server) {
  console.log("\n[test] PostgreSQL pass not run: set TEST_POSTGRES_URL=postgresql://user:pass@host/db (a role that may create databases); .ci/run does");
}
// The browser tests; with TEST_POSTGRES_URL also team mode end to end (two web instances, two workers).
if (ok) run("e2e", [path.join("scripts", "e2e.mjs"), ...reporters("e2e")]);

let passed = 0;
let failed = 0;
for (const name of ["unit", "postgres", "e2e"]) {
  if (!fs.existsSync(jsonFor(name))) continue;
  const report = JSON.parse(fs.readFileSync(jsonFor(name), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A file that failed outside any test (an import error, a failing beforeAll) counts once.
  failed += (report.testResults ?? []).filter((file) => file.status === "failed" && !file.assertionResults?.some((test) => test.status === "failed")).length;
}
if (steps.some((step) => !step.ok)) failed = Math.max(failed, 1);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
