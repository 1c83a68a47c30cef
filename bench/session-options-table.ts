// The effect of onnxruntime's session options on one full-size UNet pass: what the pipeline's defaults are picked from.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type * as ort from "onnxruntime-node";
import { fmt } from "./measure";

type Options = ort.InferenceSession.SessionOptions;
type Row = { loadSeconds: number; runs: Array<{ wall: number; cpu: number }>; peakRss: number };

/** The variations tried, each against the pipeline's own options. */
const VARIATIONS: Array<[string, Options & { preallocate?: boolean }]> = [
  ["pipeline default", {}],
  ["intraOpNumThreads 1", { intraOpNumThreads: 1 }],
  ["graphOptimizationLevel disabled", { graphOptimizationLevel: "disabled" }],
  ["graphOptimizationLevel basic", { graphOptimizationLevel: "basic" }],
  ["graphOptimizationLevel extended", { graphOptimizationLevel: "extended" }],
  ["enableCpuMemArena false", { enableCpuMemArena: false }],
  ["enableMemPattern false", { enableMemPattern: false }],
  ["pre-allocated output (fetches)", { preallocate: true }],
];

/** The UNet a table is measured on: its file, the batch, the text width and the timestep's element type. */
export interface UnetUnderTest {
  file: string;
  batch: number;
  width: number;
  timestepType: string;
  flops: number;
}

/**
 * Runs the UNet once per variation of `base`, each in its own process (so its peak RSS is its own), `passes` passes
 * per visit (the first not counted in the best); every variation is visited twice, in one order then the other, so a busy spell on a shared machine does
 * not fall on one row only. Prints the load, the first pass (which pays the allocations), the best pass, the CPU the
 * process got during it, and the peak RSS.
 */
export function benchSessionOptions(unet: UnetUnderTest, base: Options, passes: number): void {
  const worker = path.join(import.meta.dirname, "unet-pass-worker.mjs");
  const visit = ({ preallocate, ...override }: Options & { preallocate?: boolean }): Row => {
    const args = [worker, unet.file, JSON.stringify({ ...base, ...override }), String(passes), String(unet.batch), String(unet.width), unet.timestepType, preallocate ? "preallocate" : "-"];
    return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 }).trim().split("\n").pop()!);
  };
  const results = new Map<string, Row[]>();
  for (const [label, override] of [...VARIATIONS, ...[...VARIATIONS].reverse()]) {
    try {
      results.set(label, [...(results.get(label) ?? []), visit(override)]);
    } catch (error) {
      console.log(`    ${label}: failed (${(error as Error).message.split("\n")[0]})`);
    }
  }
  const threads = base.intraOpNumThreads ?? 1;
  console.log(`    ${"variation".padEnd(32)} load s | 1st pass s | best of ${2 * (passes - 1)} s | GFLOP/s (best) | CPU/wall (best) | peak RSS GB | best vs default`);
  let reference = 0;
  for (const [label] of VARIATIONS) {
    const rows = results.get(label);
    if (!rows) continue;
    const runs = rows.flatMap((r) => r.runs.slice(1));
    const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
    if (!reference) reference = best.wall;
    const cells = [
      fmt(Math.min(...rows.map((r) => r.loadSeconds)), 1).padStart(6), fmt(rows[0].runs[0].wall, 2).padStart(10), fmt(best.wall, 2).padStart(10 + String(2 * (passes - 1)).length - 1),
      fmt(unet.flops / best.wall / 1e9, 1).padStart(14), `${fmt(best.cpu / best.wall, 2)} of ${label.includes("Threads 1") ? 1 : threads}`.padStart(15), fmt(Math.max(...rows.map((r) => r.peakRss)) / 1e9, 1).padStart(11),
    ];
    console.log(`    ${label.padEnd(32)} ${cells.join(" | ")} | ${fmt(best.wall / reference, 2)}×`);
  }
}
