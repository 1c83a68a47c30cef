import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOTS = ["app", "components", "lib", "public", "dictionaries", "prisma", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "package.json", "package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"];

/** A hash of the sizes and modification times of everything the build reads, to know when to rebuild. */
export function sourceFingerprint(root = process.cwd()) {
  const hash = crypto.createHash("sha1");
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (name !== "generated" && name !== "node_modules") visit(path.join(p, name));
    } else hash.update(`${path.relative(root, p)}:${stat.size}:${stat.mtimeMs}\n`);
  };
  for (const r of ROOTS) visit(path.join(root, r));
  return hash.digest("hex");
}
