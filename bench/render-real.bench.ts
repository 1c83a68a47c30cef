import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as ort from "onnxruntime-node";
import { allowServerOnlyImports } from "../cli/server-only-hook";
import { FULL_SIZE_MODELS, type FullSizeModelName } from "../lib/render/backends/onnx/tiny-model/full-size-configs";
import { countFullSizeModel, writeFullSizeModel } from "../lib/render/backends/onnx/tiny-model/write-full-size-model";
import type { RenderRequest } from "../lib/render/render-types";
import { useTestDatabase } from "../tests/support/test-database";
import { describeCpu, machineLoad, measureCpuThroughput, probeFloat16, sampleWithCpu } from "./cpu-throughput";
import { fmt, quantile, sample, spread } from "./measure";
import { benchSessionOptions } from "./session-options-table";

// Bump when the generated graphs change, so cached model sets are written again.
const GRAPHS_VERSION = 1;
const CACHE = process.env.BENCH_MODEL_CACHE ?? path.join(os.homedir(), ".cache", "promptstudio", "full-size-models");
// SD 1.5's 20 steps take minutes here: by default a shorter render is measured and the rest added per step.
const SD15_STEPS = Number(process.env.BENCH_SD15_STEPS ?? 3);

const gb = (bytes: number) => `${fmt(bytes / 1e9, 2)} GB`;
const peakRss = () => gb(process.resourceUsage().maxRSS * 1024);
const load = machineLoad;
const seconds = (ms: number[]) => spread(ms.map((t) => t / 1000), "s", 2);
const share = (r: { wall: number[]; cpu: number[] }, threads: number) =>
  `best ${fmt(Math.min(...r.wall) / 1000, 2)} s; CPU ${fmt(r.cpu.reduce((a, b) => a + b, 0) / r.wall.reduce((a, b) => a + b, 0), 2)} of ${threads} cores`;

// The cached model set, written on first use (a marker file marks it complete).
function ensureModel(name: FullSizeModelName): string {
  const folder = path.join(CACHE, `${name}-v${GRAPHS_VERSION}`);
  const marker = path.join(folder, "complete.json");
  if (fs.existsSync(marker)) return folder;
  fs.rmSync(folder, { recursive: true, force: true });
  const started = performance.now();
  const parts = writeFullSizeModel(folder, FULL_SIZE_MODELS[name]);
  fs.writeFileSync(marker, JSON.stringify(parts, null, 2));
  console.log(`  wrote ${name} (${gb(parts.reduce((n, p) => n + p.bytes, 0))}) in ${fmt((performance.now() - started) / 1000, 0)} s to ${folder}`);
  return folder;
}

function printCounts(name: FullSizeModelName): void {
  const model = FULL_SIZE_MODELS[name];
  const counts = Object.entries(countFullSizeModel(model)) as Array<[keyof typeof model.reference, { params: number; flops: number }]>;
  const line = counts.map(([part, c]) => `${part.split("/")[0].replace("_decoder.onnx", "")} ${fmt(c.params / 1e6, 2)}M/${fmt(model.reference[part] / 1e6, 2)}M ${fmt(c.flops / 1e9, 1)} GFLOP`);
  console.log(`  ${name} parameters (graph/released) and FLOPs per run at 512²: ${line.join(" · ")}`);
}

/**
 * Full-size random-weight SD 1.5 and SD-Turbo on this CPU: GFLOP/s, seconds per UNet pass against the floor its FLOPs
 * give, text encoder, VAE and TAESD times, seconds per 512×512 image through the pipeline, peak RSS, and the effect
 * of onnxruntime's session options. Writes ~9.5 GB of models once (BENCH_MODEL_CACHE, default ~/.cache/promptstudio).
 */
export async function benchRenderReal(): Promise<void> {
  useTestDatabase();
  allowServerOnlyImports();
  const { sessionOptions } = await import("../lib/render/backends/onnx/onnx-session.server");
  const { useModel, unloadModel } = await import("../lib/render/backends/onnx/model-cache.server");
  const { createOnnxBackend } = await import("../lib/render/backends/onnx/onnx-backend.server");
  const cpu = describeCpu();
  const version = JSON.parse(fs.readFileSync(path.join("node_modules", "onnxruntime-node", "package.json"), "utf8")).version;
  const options = sessionOptions("cpu");
  const threads = options.intraOpNumThreads ?? cpu.cores;
  console.log(`render: full-size random-weight models, ${cpu.model} × ${cpu.cores} cores, onnxruntime-node ${version}, ${load()}`);
  console.log(`  CPU flags: ${Object.entries(cpu.flags).map(([f, on]) => `${f} ${on ? "yes" : "no"}`).join(", ")}`);
  console.log(`  pipeline session options: ${JSON.stringify(options)}`);
  const folders = { sd15: ensureModel("sd15"), turbo: ensureModel("turbo") };
  printCounts("sd15");
  printCounts("turbo");

  console.log("  this CPU in onnxruntime (fp32):");
  const peak = await measureCpuThroughput(options, 8);
  console.log(`    floor rate: ${fmt(peak, 1)} GFLOP/s (the best ${threads}-thread run, or the best 1-thread run × ${threads} if higher)`);
  console.log(`  fp16: avx512_fp16 ${cpu.flags.avx512_fp16 ? "yes" : "no"}, amx ${cpu.flags.amx_tile ? "yes" : "no"}; ${await probeFloat16(options, 4)}`);
  console.log("  IO binding: onnxruntime-node binds only GPU buffers (Tensor.location 'gpu-buffer'); on the CPU a pre-allocated output is all there is (a row of the session options table)");

  const sd15UnetFlops = countFullSizeModel(FULL_SIZE_MODELS.sd15)["unet/model.onnx"].flops;
  for (const name of ["sd15", "turbo"] as const) {
    const folder = folders[name];
    const counts = countFullSizeModel(FULL_SIZE_MODELS[name]);
    const batch = name === "sd15" ? 2 : 1;
    console.log(`  ${name}: ${load()}`);
    const started = performance.now();
    const loaded = await useModel(folder, "cpu", [FULL_SIZE_MODELS[name].nameOrPath]);
    console.log(`    load (every part, pipeline options): ${fmt((performance.now() - started) / 1000, 1)} s, RSS ${gb(process.memoryUsage().rss)}, kind ${loaded.kind}`);
    const run = (part: keyof typeof loaded.sessions, feeds: Record<string, ort.Tensor>) => loaded.sessions[part]!.run(feeds);

    const ids = Int32Array.from({ length: 154 }, (_, i) => (i % 77 === 0 ? 49406 : i % 77 < 12 ? 320 + i : 49407));
    const text = await sample(3, () => run("textEncoder", { [loaded.io.textEncoder!.ids.name]: new ort.Tensor("int32", ids, [2, 77]) }));
    console.log(`    text encoder, prompt + negative (2 × 77 tokens, one run): ${seconds(text)}`);

    const unet = unetFeeds(loaded.io.unet!, batch, loaded.hiddenSize);
    const flops = counts["unet/model.onnx"].flops * batch;
    const passes = await sampleWithCpu(name === "sd15" ? 2 : 3, () => run("unet", unet()));
    const best = Math.min(...passes.wall) / 1000;
    const floor = flops / peak / 1e9;
    console.log(`    UNet pass, batch ${batch}${batch === 2 ? " (CFG: cond + uncond, as the pipeline runs it)" : " (no CFG)"}, 64×64 latents: ${seconds(passes.wall)} after 1 warm-up, ${share(passes, threads)}`);
    console.log(`      ${fmt(flops / 1e9, 0)} GFLOP → floor ${fmt(floor, 2)} s at ${fmt(peak, 0)} GFLOP/s; best pass ${fmt(flops / best / 1e9, 1)} GFLOP/s, ${fmt(best / floor, 2)}× the floor`);

    const latent = () => ({ latent_sample: new ort.Tensor("float32", randomLatent(4 * 64 * 64), [1, 4, 64, 64]) });
    const taesd = await sample(3, () => run("taesdDecoder", latent()));
    console.log(`    TAESD preview decode 64×64 → 512² (${fmt(counts["taesd_decoder.onnx"].flops / 1e9, 0)} GFLOP): ${seconds(taesd)} after 1 warm-up`);
    if (name === "sd15") {
      const vaeFlops = counts["vae_decoder/model.onnx"].flops;
      const vae = await sampleWithCpu(2, () => run("vaeDecoder", latent()), 0);
      console.log(`    VAE decode 64×64 → 512² (${fmt(vaeFlops / 1e9, 0)} GFLOP): ${seconds(vae.wall)} (no warm-up), ${share(vae, threads)}; floor ${fmt(vaeFlops / peak / 1e9, 2)} s`);
    }

    const request: RenderRequest = {
      prompt: "a (cat:1.2) sitting in a garden, masterpiece", negative: "blurry, lowres", sampler: "Euler a", seed: 1, width: 512, height: 512,
      batchCount: 1, batchSize: 1, noiseSource: "nv", model: folder, ...(name === "sd15" ? { steps: SD15_STEPS, cfgScale: 7 } : { steps: 1, cfgScale: 1 }),
    };
    await renderFigures(createOnnxBackend, name, request, name === "sd15" ? 1 : 2);
    console.log(`    peak RSS so far: ${peakRss()}`);
    await unloadModel();
  }

  console.log(`  session options, one SD 1.5 UNet pass at batch 1, 64×64 (${load()}):`);
  benchSessionOptions({ file: path.join(folders.sd15, "unet/model.onnx"), batch: 1, width: 768, timestepType: "int64", flops: sd15UnetFlops }, options, 3);
  console.log("  fp16 UNet: not measured — the pipeline takes fp32 exports only, and without avx512_fp16 or AMX the CPU provider's float16 MatMul runs at float32's speed (probe above): half the weights' memory at best, not half the time");
  console.log(`  done, ${load()}, peak RSS ${peakRss()}`);
}

// Seconds per image through createOnnxBackend with TAESD previews; SD 1.5 is rendered for fewer steps and the missing
// steps added at the measured seconds per step (every Euler a step costs the same: one UNet pass, one preview).
async function renderFigures(create: typeof import("../lib/render/backends/onnx/onnx-backend.server").createOnnxBackend, name: string, request: RenderRequest, rounds: number) {
  const stats = { ortMs: 0, samplingMs: 0, steps: 0 };
  const backend = create({ outputDir: null, previews: true, stats });
  const hooks = { onProgress: () => {}, signal: new AbortController().signal };
  const times = await sample(rounds, (i) => backend.render({ ...request, seed: i + 2 }, hooks), 0);
  const perStep = stats.samplingMs / stats.steps / 1000;
  const label = `image 512², ${request.steps} step${request.steps > 1 ? "s" : ""} ${request.sampler}, CFG ${request.cfgScale === 1 ? "off" : request.cfgScale}, TAESD previews`;
  console.log(`    ${label}: ${seconds(times)}; ${fmt(perStep, 2)} s per step (UNet + preview + sampler)`);
  if (name === "sd15" && request.steps < 20) {
    const estimate = quantile(times, 0.5) / 1000 + (20 - request.steps) * perStep;
    console.log(`    image 512², 20 steps: ${fmt(estimate, 0)} s (estimated: the ${request.steps}-step render + ${20 - request.steps} × the step time; BENCH_SD15_STEPS=20 renders all)`);
  }
}

function unetFeeds(io: Record<string, { name: string; type: string }>, batch: number, hidden: number): () => Record<string, ort.Tensor> {
  const timesteps = io.timestep.type === "int64" ? new BigInt64Array(batch).fill(999n) : new Float32Array(batch).fill(999);
  return () => ({
    [io.sample.name]: new ort.Tensor("float32", randomLatent(batch * 4 * 64 * 64), [batch, 4, 64, 64]),
    [io.timestep.name]: new ort.Tensor(io.timestep.type as "float32", timesteps, [batch]),
    [io.context.name]: new ort.Tensor("float32", randomLatent(batch * 77 * hidden), [batch, 77, hidden]),
  });
}

function randomLatent(size: number): Float32Array {
  return Float32Array.from({ length: size }, () => Math.random() * 2 - 1);
}
