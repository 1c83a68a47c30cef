// Creates a fresh PostgreSQL database with every migration of prisma/postgres/migrations applied and prints its URL.
// Usage: node tests/support/create-postgres-database.mjs <server URL> (a role that may create databases).
// Test databases are named ps_test_<run>_*, <run> being PS_TEST_RUN (set by `npm test` for its run; "adhoc" otherwise);
// `node tests/support/create-postgres-database.mjs <url> --drop-run <run>` removes that run's, and no other run's.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const [serverUrl, flag, dropRun] = process.argv.slice(2);
const run = (flag === "--drop-run" ? dropRun : process.env.PS_TEST_RUN) || "adhoc";
if (!/^[a-z0-9]{1,16}$/.test(run)) throw new Error(`test run ids are 1–16 lower-case letters or digits, not ${JSON.stringify(run)}`);
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
if (flag === "--drop-run") {
  const { rows } = await admin.query("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [`ps_test_${run}_`]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
  await admin.end();
  console.log(`dropped ${rows.length} test database(s)`);
  process.exit(0);
}
const name = `ps_test_${run}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();

const url = new URL(serverUrl);
url.pathname = `/${name}`;
const db = new pg.Client({ connectionString: url.href });
await db.connect();
const migrations = path.join(process.cwd(), "prisma", "postgres", "migrations");
for (const dir of fs.readdirSync(migrations).filter((n) => !n.endsWith(".toml")).sort()) {
  await db.query(fs.readFileSync(path.join(migrations, dir, "migration.sql"), "utf8"));
}
await db.end();
process.stdout.write(url.href);
