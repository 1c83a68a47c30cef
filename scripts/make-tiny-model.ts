// `npm run make-tiny-model -- <folder>`: writes a tiny random-weight Stable Diffusion ONNX set for tests and CI.
// `--full sd15|turbo` writes the real architecture at full size instead (random weights, ~4.3 / 5.2 GB), for the bench.
import fs from "node:fs";
import path from "node:path";
import { FULL_SIZE_MODELS, type FullSizeModelName } from "../lib/render/backends/onnx/tiny-model/full-size-configs";
import { writeTinyModel } from "../lib/render/backends/onnx/tiny-model/make-tiny-model";
import { writeFullSizeModel } from "../lib/render/backends/onnx/tiny-model/write-full-size-model";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const full = option("full");
const VALUED = ["--hidden", "--timestep", "--name", "--full"];
const folder = args.find((a, i) => !a.startsWith("--") && !VALUED.includes(args[i - 1]));
if (!folder || (full !== undefined && !Object.hasOwn(FULL_SIZE_MODELS, full))) {
  process.stderr.write("usage: npm run make-tiny-model -- <folder> [--hidden 32] [--timestep int64] [--name NAME] [--no-taesd]\n");
  process.stderr.write("       npm run make-tiny-model -- <folder> --full sd15|turbo   (full-size random weights: 4–5 GB)\n");
  process.exit(2);
}
if (full !== undefined) {
  writeFullSizeModel(folder, FULL_SIZE_MODELS[full as FullSizeModelName], {
    onPart: (p) => process.stdout.write(`  ${p.part.padEnd(24)} ${(p.params / 1e6).toFixed(1)}M parameters, ${(p.bytes / 1e9).toFixed(2)} GB${p.external ? " (external data)" : ""}, ${p.seconds.toFixed(1)} s\n`),
  });
  process.stdout.write(`wrote ${full} at full size to ${path.resolve(folder)}\n`);
  process.exit(0);
}
const hidden = option("hidden");
const files = writeTinyModel(folder, {
  hidden: hidden === undefined ? undefined : Number(hidden),
  timestepType: option("timestep") === "int64" ? "int64" : "float32",
  name: option("name"),
  taesd: !args.includes("--no-taesd"),
});
const bytes = files.reduce((n, f) => n + fs.statSync(path.join(folder, f)).size, 0);
process.stdout.write(`wrote ${files.length} files (${(bytes / 1024).toFixed(0)} KB) to ${path.resolve(folder)}\n${files.map((f) => `  ${f}\n`).join("")}`);
