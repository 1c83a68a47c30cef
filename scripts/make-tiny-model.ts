// `npm run make-tiny-model -- <folder>`: writes a tiny random-weight Stable Diffusion ONNX set for tests and CI.
import fs from "node:fs";
import path from "node:path";
import { writeTinyModel } from "../lib/diffusion/pipeline/tiny-model/make-tiny-model";

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith("--"));
if (!folder) {
  process.stderr.write("usage: npm run make-tiny-model -- <folder> [--hidden 32] [--timestep int64] [--name NAME] [--no-taesd]\n");
  process.exit(2);
}
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const hidden = option("hidden");
const files = writeTinyModel(folder, {
  hidden: hidden === undefined ? undefined : Number(hidden),
  timestepType: option("timestep") === "int64" ? "int64" : "float32",
  name: option("name"),
  taesd: !args.includes("--no-taesd"),
});
const bytes = files.reduce((n, f) => n + fs.statSync(path.join(folder, f)).size, 0);
process.stdout.write(`wrote ${files.length} files (${(bytes / 1024).toFixed(0)} KB) to ${path.resolve(folder)}\n${files.map((f) => `  ${f}\n`).join("")}`);
