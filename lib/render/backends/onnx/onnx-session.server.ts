import "server-only";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import * as ort from "onnxruntime-node";

/** Where a model runs: the CPU (default) or, when onnxruntime-node has its CUDA provider installed, an NVIDIA GPU. */
export type Device = "cpu" | "cuda";

/** Session settings for speed: every core for intra-op work without spinning, all graph optimisations, the CPU provider last. */
export function sessionOptions(device: Device): ort.InferenceSession.SessionOptions {
  // Checked on the full-size SD 1.5 UNet (`npm run bench -- render`, 2-core AVX-512 CPU, best passes at batch 1):
  // "all" 2.5 s against 2.7 (extended), 2.8–3.1 (disabled, basic) — its blocked conv layout costs 6–11 s more at load,
  // once per model; 2 threads 1.8–2× faster than 1. The memory arena and memory pattern stay on (onnxruntime's
  // defaults): turning them off saved 0.9 and 1.2 GB of the pass's 5.9 GB peak RSS but made it 1.4× and 1.8× slower.
  return {
    executionProviders: device === "cuda" ? ["cuda", "cpu"] : ["cpu"],
    intraOpNumThreads: os.availableParallelism(),
    graphOptimizationLevel: "all",
    executionMode: "sequential",
    // Idle intra-op workers sleep instead of spinning: between passes the main thread runs the sampler's math and the
    // web server, and spinning workers took its core (tiny model, 512², 2 cores: Euler a 1.2–1.6 ms of JavaScript per
    // step outside onnxruntime with spinning, 1.0–1.2 without, and the UNet pass itself 0.6 ms against 0.5–0.6).
    extra: { "session.intra_op.allow_spinning": "0" },
  };
}

/**
 * Why the CUDA provider cannot be used, or null when it can be tried: this build must list it and its library
 * (downloaded by onnxruntime-node's install script, which offline installs skip) must sit beside the binding.
 */
export function cudaUnavailable(): string | null {
  if (!ort.listSupportedBackends().some((b) => b.name === "cuda")) return "this onnxruntime-node build has no CUDA provider";
  const binding = path.join(path.dirname(createRequire(import.meta.url).resolve("onnxruntime-node")), "..", "bin", "napi-v6", process.platform, process.arch);
  const installed = fs.existsSync(binding) && fs.readdirSync(binding).some((f) => /onnxruntime_providers_cuda\.(so|dll)$/.test(f));
  return installed ? null : "onnxruntime-node's CUDA provider is not installed (its install script downloads it)";
}

/**
 * Opens one ONNX file. With device "cuda" it tries the CUDA provider and falls back to the CPU, saying why in
 * `fallback`; errors loading the file itself (truncated, not ONNX) are thrown as they come.
 */
export async function openSession(file: string, device: Device): Promise<{ session: ort.InferenceSession; device: Device; fallback?: string }> {
  if (device === "cuda") {
    const unavailable = cudaUnavailable();
    if (unavailable) return { ...(await openSession(file, "cpu")), fallback: unavailable };
    try {
      return { session: await ort.InferenceSession.create(file, sessionOptions("cuda")), device };
    } catch (error) {
      const session = await ort.InferenceSession.create(file, sessionOptions("cpu"));
      return { session, device: "cpu", fallback: `the CUDA provider could not start (${(error as Error).message.split("\n")[0]})` };
    }
  }
  return { session: await ort.InferenceSession.create(file, sessionOptions("cpu")), device: "cpu" };
}
