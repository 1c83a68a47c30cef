import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { allowServerOnlyImports } from "../cli/server-only-hook";
import type { RenderRequest } from "../lib/render/render-types";
import { useTestDatabase } from "../tests/support/test-database";
import { fmt, quantile, spread } from "./measure";

type Stats = { ortMs: number; samplingMs: number; steps: number };

// The newest registered non-tiny model of the user's database (data/app.db), if any: read directly, read-only.
function findRealModel(): { path: string; name: string } | null {
  const file = path.join(process.cwd(), "data", "app.db");
  if (!fs.existsSync(file)) return null;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    const row = db.prepare("SELECT path, name FROM Model WHERE kind != 'custom' ORDER BY addedAt DESC LIMIT 1").get() as { path: string; name: string } | undefined;
    db.close();
    return row && fs.existsSync(row.path) ? row : null;
  } catch {
    return null;
  }
}

/**
 * The pipeline's own cost: on the tiny model, milliseconds per step spent outside onnxruntime (conditioning batches,
 * CFG, sampler math, per-step noise, previews; goal ≤ 1 ms), at 64×64 and 512×512, each image of a run on its own. With a real model registered it also
 * renders one 512×512 image: seconds per image, the share of a step outside onnxruntime (goal < 2%) and peak memory.
 */
export async function benchPipeline(): Promise<void> {
  const real = findRealModel();
  useTestDatabase();
  allowServerOnlyImports();
  const { createOnnxBackend } = await import("../lib/render/backends/onnx/onnx-backend.server");
  const { writeTinyModel } = await import("../lib/render/backends/onnx/tiny-model/make-tiny-model");
  const tiny = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-tiny-")), "tiny-sd");
  writeTinyModel(tiny);
  const base: RenderRequest = {
    prompt: "a (cat:1.2) sitting in a [garden:forest:0.5], masterpiece", negative: "blurry, lowres", sampler: "Euler", steps: 20, cfgScale: 7,
    seed: 1, width: 512, height: 512, batchCount: 1, batchSize: 1, noiseSource: "nv", model: tiny,
  };
  // Per image: per step, the time outside onnxruntime's runs (onnxruntime-node runs a session on the main thread, so
  // this is the pipeline's own JavaScript) and inside them; and the whole image.
  const measure = async (request: RenderRequest, previews: boolean, rounds: number) => {
    const stats: Stats = { ortMs: 0, samplingMs: 0, steps: 0 };
    const backend = createOnnxBackend({ outputDir: null, previews, stats });
    const hooks = { onProgress: () => {}, signal: new AbortController().signal };
    await backend.render(request, hooks); // warm-up: model load, tokenizer, first runs
    const figures = { outside: [] as number[], inside: [] as number[], perImage: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      Object.assign(stats, { ortMs: 0, samplingMs: 0, steps: 0 });
      const start = performance.now();
      await backend.render({ ...request, seed: i + 2 }, hooks);
      figures.perImage.push(performance.now() - start);
      figures.outside.push((stats.samplingMs - stats.ortMs) / stats.steps);
      figures.inside.push(stats.ortMs / stats.steps);
    }
    return figures;
  };
  const median = (values: number[]) => quantile(values, 0.5);

  console.log("pipeline: tiny model, 20 steps, CFG 7; per step outside onnxruntime (goal ≤ 1 ms) · inside · whole image");
  for (const [label, over, previews] of [
    ["64×64 Euler", { width: 64, height: 64 }, false],
    ["512×512 Euler", {}, false],
    ["512×512 Euler a (per-step noise)", { sampler: "Euler a" }, false],
    ["512×512 DPM++ 2M Karras", { sampler: "DPM++ 2M Karras" }, false],
    ["512×512 Euler + TAESD preview PNGs", {}, true],
  ] as const) {
    const r = await measure({ ...base, ...over }, previews, 11);
    console.log(`  ${label.padEnd(36)} ${spread(r.outside, "ms", 3)} · inside ${fmt(median(r.inside), 3)} · image ${fmt(median(r.perImage), 0)} ms`);
  }
  await createOnnxBackend().unload();
  if (!real) {
    console.log("  (no real model registered: `promptstudio models pull …` to also measure seconds per 512×512 image)");
    return;
  }
  const r = await measure({ ...base, model: real.path, sampler: "Euler a" }, false, 1);
  const [outside, inside] = [median(r.outside), median(r.inside)];
  console.log(`  ${real.name}: ${fmt(median(r.perImage) / 1000, 1)} s per 512×512 image (20 steps, one run), outside onnxruntime ${fmt((100 * outside) / (outside + inside), 2)}% of a step (goal < 2%), peak RSS ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
}
