import "server-only";
import type { RenderBackend } from "../../render-types";
import { defaultDiffusionParts } from "./default-parts";
import type { DiffusionParts } from "./diffusion-parts";
import { unloadModel } from "./model-cache.server";
import type { Device } from "./onnx-session.server";
import { runRender, type RunOptions } from "./run-render.server";
import { defaultOutputDir } from "./save-output.server";

/** The model renders use when none is named (the newest registered one), or null: the UI then says how to get one. */
export { getDefaultModel } from "./resolve-model.server";

/** Settings of an ONNX backend; every one has a default. */
export interface OnnxBackendOptions {
  /** "cuda" uses onnxruntime's CUDA provider when this build has it, else falls back to the CPU with a warning. */
  device?: Device;
  /** Live preview PNGs with every step's progress (default true). */
  previews?: boolean;
  /** Where PNGs are saved and recorded (default: OUTPUTS_DIR, else outputs/ beside the database); null keeps them in memory only. */
  outputDir?: string | null;
  /** The sampling math (default: the project's samplers, sigma schedules and latent preview). */
  parts?: DiffusionParts;
  stats?: RunOptions["stats"];
  /** Accept a model folder path as well as a registered id (default true: the command line's --model <folder>). */
  modelFolders?: boolean;
}

/** The built-in ONNX pipeline as a render backend, plus `unload()` to free the loaded model. */
export interface OnnxBackend extends RenderBackend {
  unload(): Promise<void>;
}

/**
 * A render backend on onnxruntime-node. Requests arrive validated (the queue's edge, or the CLI's, checks them once with
 * validateRenderRequest) and run one at a time; the model stays loaded between renders until another one is asked for.
 */
export function createOnnxBackend(options: OnnxBackendOptions = {}): OnnxBackend {
  let queue: Promise<unknown> = Promise.resolve();
  const run: RunOptions = {
    parts: options.parts ?? defaultDiffusionParts,
    device: options.device ?? "cpu",
    previews: options.previews ?? true,
    outputDir: options.outputDir === undefined ? defaultOutputDir() : options.outputDir,
    stats: options.stats,
    modelFolders: options.modelFolders ?? true,
  };
  return {
    id: "onnx",
    async render(request, hooks) {
      const rendering = queue.then(() => runRender(request, hooks, run));
      queue = rendering.catch(() => undefined);
      return rendering;
    },
    unload: unloadModel,
  };
}

/** The app's built-in pipeline (CPU, previews, PNGs saved beside the database or in OUTPUTS_DIR): requests name registered models by id only. */
export const onnxBackend: OnnxBackend = createOnnxBackend({ modelFolders: false });
