import "server-only";
import { AppError } from "../../errors";
import type { BuiltinModelStatus } from "../render-settings";
import type { RenderBackend } from "../render-types";

/** What the built-in pipeline's module offers (lib/render/backends/onnx/onnx-backend.server.ts). */
export interface PipelineModule {
  onnxBackend?: RenderBackend;
  getDefaultModel?: () => unknown;
}

type LoadPipeline = () => Promise<PipelineModule>;

const NO_MODEL = {
  message: "No built-in model is installed: run npx promptstudio models pull <repo> or models add <folder>",
  messageZh: "没有安装内置模型：请运行 npx promptstudio models pull <仓库名> 或 models add <文件夹>",
};

// Loaded on first use, so onnxruntime-node starts only when someone renders with the built-in backend.
const loadOnnxPipeline: LoadPipeline = () => import("./onnx/onnx-backend.server") as Promise<PipelineModule>;

/** The built-in backend over a pipeline loaded on first use; without one, renders answer how to install a model. */
export function createBuiltinBackend(load: LoadPipeline = loadOnnxPipeline): RenderBackend {
  return {
    id: "onnx",
    async render(request, hooks) {
      const pipeline = await load().catch((error: unknown) => {
        console.warn("[render] the built-in pipeline could not be loaded:", (error as Error)?.message ?? error);
        return null;
      });
      if (!pipeline?.onnxBackend) throw new AppError("model_unavailable", NO_MODEL.message, NO_MODEL.messageZh);
      return pipeline.onnxBackend.render(request, hooks);
    },
  };
}

/** The built-in ONNX pipeline. */
export const builtinBackend = createBuiltinBackend();

/** Whether the built-in pipeline is there and has a default model (with its name when it says). */
export async function describeBuiltinModel(load: LoadPipeline = loadOnnxPipeline): Promise<BuiltinModelStatus> {
  try {
    const pipeline = await load();
    if (!pipeline.onnxBackend) return { available: false, ...NO_MODEL };
    if (typeof pipeline.getDefaultModel !== "function") return { available: true };
    const model = (await pipeline.getDefaultModel()) as { name?: unknown; id?: unknown } | string | null | undefined;
    if (!model) return { available: false, ...NO_MODEL };
    const name = typeof model === "string" ? model : (model.name ?? model.id);
    return { available: true, ...(name !== undefined && name !== null ? { model: String(name) } : {}) };
  } catch {
    return { available: false, ...NO_MODEL };
  }
}
