// What this CPU computes per second in onnxruntime: the floor a model's FLOPs can be held against.
import fs from "node:fs";
import os from "node:os";
import * as ort from "onnxruntime-node";
import { OnnxGraph } from "../lib/render/backends/onnx/tiny-model/onnx-graph";
import { fmt, spread } from "./measure";

/** The CPU's name and the flags that decide which onnxruntime kernels it gets. */
export function describeCpu(): { model: string; cores: number; flags: Record<string, boolean> } {
  const info = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  const have = new Set(/^flags\s*:(.*)$/m.exec(info)?.[1].trim().split(/\s+/) ?? []);
  const flags = Object.fromEntries(["avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "avx512_fp16", "amx_tile", "amx_bf16", "f16c"].map((f) => [f, have.has(f)]));
  return { model: os.cpus()[0]?.model ?? "unknown", cores: os.availableParallelism(), flags };
}

/** Load average and, where Linux reports it, the share of the last minute tasks waited for a CPU: others' work. */
export function machineLoad(): string {
  const pressure = fs.existsSync("/proc/pressure/cpu") ? /some avg10=[\d.]+ avg60=([\d.]+)/.exec(fs.readFileSync("/proc/pressure/cpu", "utf8"))?.[1] : undefined;
  return `load average ${os.loadavg().map((l) => fmt(l, 1)).join(" ")}${pressure ? `, CPU pressure ${pressure}% (avg60)` : ""}`;
}

/**
 * Wall and process CPU milliseconds of `rounds` calls after `warmup` untimed ones. CPU time well under wall time ×
 * threads means other processes had the cores (onnxruntime's workers spin while they wait, so idle time counts too).
 */
export async function sampleWithCpu(rounds: number, fn: () => unknown, warmup = 1): Promise<{ wall: number[]; cpu: number[] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const [t, c] = [performance.now(), process.cpuUsage()];
    await fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

const ones = (n: number, v = 0.01) => new Float32Array(n).fill(v);
type Probe = { label: string; bytes: Uint8Array; feeds: () => Record<string, ort.Tensor>; flops: number };

// A [size, size] × [size, size] MatMul, the weight an initializer (prepacked, as in the UNet's Linear layers).
function matmulProbe(size: number): Probe {
  const g = new OnnxGraph("matmul", 1);
  g.input("a", "float32", [size, size]);
  g.node("MatMul", ["a", g.weight([size, size], 0.05)], {}, "y");
  g.output("y", "float32", [size, size]);
  return { label: `MatMul ${size}×${size}·${size}×${size}`, bytes: g.toBytes(), feeds: () => ({ a: new ort.Tensor("float32", ones(size * size), [size, size]) }), flops: 2 * size ** 3 };
}

// `depth` 3×3 convolutions in a row over [batch, c, size, size], as the UNet's resnets run them: a chain, so the
// blocked-layout reorders onnxruntime puts around convolutions are paid once, as in a whole network.
function convProbe(batch: number, c: number, size: number, depth: number): Probe {
  const g = new OnnxGraph("conv", 1);
  g.input("x", "float32", [batch, c, size, size]);
  let x = "x";
  for (let i = 0; i < depth; i++) {
    x = g.node("Conv", [x, g.weight([c, c, 3, 3], 0.02), g.weight([c], 0.01)], { pads: [1, 1, 1, 1], kernel_shape: [3, 3] }, i === depth - 1 ? "y" : undefined);
  }
  g.output("y", "float32", [batch, c, size, size]);
  const feeds = () => ({ x: new ort.Tensor("float32", ones(batch * c * size * size), [batch, c, size, size]) });
  return { label: `${depth} × Conv 3×3 ${c}→${c} on ${batch}×${size}×${size}`, bytes: g.toBytes(), feeds, flops: depth * 2 * batch * c * size * size * c * 9 };
}

/**
 * Measures fp32 GFLOP/s of a chain of 3×3 Convs and of a square MatMul in onnxruntime with `options` (the
 * pipeline's) and with one thread, prints them, and returns the rate the floor figures divide by: the best single run
 * with all threads, or the best one-thread run × threads if that is higher (on a shared machine the all-thread runs
 * suffer most from other work, and the conv chain scales ~2× on 2 cores when they are free).
 */
export async function measureCpuThroughput(options: ort.InferenceSession.SessionOptions, rounds: number): Promise<number> {
  const threads = options.intraOpNumThreads ?? os.availableParallelism();
  let [peak, perCore] = [0, 0];
  for (const probe of [convProbe(2, 320, 64, 6), matmulProbe(2048)]) {
    for (const n of threads > 1 ? [threads, 1] : [1]) {
      const session = await ort.InferenceSession.create(probe.bytes, { ...options, intraOpNumThreads: n });
      const runs = await sampleWithCpu(rounds, () => session.run(probe.feeds()));
      await session.release();
      const rates = runs.wall.map((ms) => probe.flops / ms / 1e6);
      const cpu = runs.cpu.reduce((a, b) => a + b, 0) / runs.wall.reduce((a, b) => a + b, 0);
      if (n === threads) peak = Math.max(peak, ...rates);
      else perCore = Math.max(perCore, ...rates);
      console.log(`    ${probe.label.padEnd(36)} ${n} thread${n > 1 ? "s" : " "}: ${spread(rates, "GFLOP/s", 1)}, CPU ${fmt(cpu, 2)} of ${n}`);
    }
  }
  return Math.max(peak, perCore * threads);
}

/**
 * Whether onnxruntime's CPU provider runs a float16 MatMul here and how fast against the same MatMul in float32 (both
 * operands inputs, runs alternated so a busy spell hits both; best runs compared), or why not.
 */
export async function probeFloat16(options: ort.InferenceSession.SessionOptions, rounds: number): Promise<string> {
  const size = 2048;
  const model = (type: "float32" | "float16") => {
    const g = new OnnxGraph(`matmul-${type}`, 1);
    g.input("a", type, [size, size]);
    g.input("b", type, [size, size]);
    g.node("MatMul", ["a", "b"], {}, "y");
    g.output("y", type, [size, size]);
    return g.toBytes();
  };
  const feeds = {
    float32: () => ({ a: new ort.Tensor("float32", ones(size * size), [size, size]), b: new ort.Tensor("float32", ones(size * size), [size, size]) }),
    float16: () => ({ a: new ort.Tensor("float16", new Uint16Array(size * size).fill(0x2000), [size, size]), b: new ort.Tensor("float16", new Uint16Array(size * size).fill(0x2000), [size, size]) }),
  };
  try {
    const sessions = { float32: await ort.InferenceSession.create(model("float32"), options), float16: await ort.InferenceSession.create(model("float16"), options) };
    const best = { float32: Infinity, float16: Infinity };
    for (let i = 0; i <= rounds; i++) {
      for (const type of ["float32", "float16"] as const) {
        const t = performance.now();
        await sessions[type].run(feeds[type]());
        if (i > 0) best[type] = Math.min(best[type], performance.now() - t); // the first round warms up
      }
    }
    await Promise.all(Object.values(sessions).map((s) => s.release()));
    const rate = (ms: number) => (2 * size ** 3) / ms / 1e6;
    return `MatMul ${size}² float16 ${fmt(rate(best.float16), 1)} GFLOP/s vs float32 ${fmt(rate(best.float32), 1)} (best of ${rounds} each, alternated): ${fmt(best.float32 / best.float16, 2)}× the speed`;
  } catch (error) {
    return `a float16 MatMul does not run on the CPU provider: ${(error as Error).message.split("\n")[0].slice(0, 160)}`;
  }
}
