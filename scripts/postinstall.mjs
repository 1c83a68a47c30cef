// Runs after every install (root package scripts always run; dependency scripts may be denied):
// generates the Prisma clients (SQLite and PostgreSQL: the database URL picks one at run time), copies CLIP's BPE merges to public/ for the browser tokenizer and prebuilds the CLI
// (dist/cli; without it the CLI runs its sources through tsx, slower to start).
import { execFileSync } from "node:child_process";
import { buildCliBundle } from "./lib/cli-bundle.mjs";
import { copyClipMerges } from "./lib/clip-merges.mjs";
import { prismaBin, prismaEnv } from "./lib/prisma.mjs";

for (const url of ["file:./data/app.db", "postgresql://localhost/generate-only"]) {
  execFileSync(process.execPath, [prismaBin, "generate"], { stdio: "inherit", env: { ...prismaEnv(), DATABASE_URL: url } });
}
copyClipMerges();
try {
  await buildCliBundle();
} catch (error) {
  console.warn(`[postinstall] the CLI was not prebuilt (${error.message}); it will run from its sources`);
}
