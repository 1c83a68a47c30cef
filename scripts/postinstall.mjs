// Runs after every install (root package scripts always run; dependency scripts may be denied):
// generates the Prisma client and copies CLIP's BPE merges to public/ for the browser tokenizer.
import { execFileSync } from "node:child_process";
import { copyClipMerges } from "./lib/clip-merges.mjs";
import { prismaBin, prismaEnv } from "./lib/prisma.mjs";

execFileSync(process.execPath, [prismaBin, "generate"], { stdio: "inherit", env: prismaEnv() });
copyClipMerges();
