import "server-only";
import path from "node:path";
import type * as ort from "onnxruntime-node";
import type { AppErrorCode } from "../../../errors";
import { detectModelKind, type ModelKind } from "../../../models/model-config";
import { modelError } from "../../../models/model-errors";
import { checkPartIo, type ModelPart, type Problem, type ResolvedIo } from "../../../models/model-layout";
import { readModelFolder, type ModelFolder } from "../../../models/read-model-folder.server";
import { openSession, type Device } from "./onnx-session.server";

type RequiredPart = "textEncoder" | "unet" | "vaeDecoder";

/** A model folder with an open session per part, checked against what the pipeline feeds and reads. */
export interface LoadedModel {
  model: ModelFolder;
  kind: ModelKind;
  turbo: boolean;
  /** Text encoder width: 768 for SD 1.x, 1024 for SD 2.x. */
  hiddenSize: number;
  device: Device;
  /** Why the CUDA provider was not used, when it was asked for and fell back to the CPU. */
  fallback?: string;
  sessions: Record<RequiredPart, ort.InferenceSession> & Partial<Record<"vaeEncoder" | "taesdDecoder", ort.InferenceSession>>;
  io: Partial<Record<ModelPart, ResolvedIo>>;
}

/**
 * Opens every ONNX file of a model folder and checks names, ranks and element types against the Optimum/diffusers
 * export; throws one AppError (`code`) listing everything missing, unreadable (truncated, not ONNX) or incompatible.
 * `names` (e.g. the registered name) help tell a Turbo model.
 */
export async function openModel(folder: string, options: { device?: Device; code?: AppErrorCode; names?: string[] } = {}): Promise<LoadedModel> {
  const code = options.code ?? "model_unavailable";
  const model = readModelFolder(folder, code);
  const problems: Problem[] = [];
  const sessions: Partial<Record<ModelPart, ort.InferenceSession>> = {};
  const io: Partial<Record<ModelPart, ResolvedIo>> = {};
  let device: Device = options.device ?? "cpu";
  let fallback: string | undefined;
  for (const [part, file] of Object.entries(model.files) as Array<[ModelPart, string]>) {
    const relative = path.relative(model.folder, file);
    try {
      const opened = await openSession(file, device);
      sessions[part] = opened.session;
      if (opened.fallback) [device, fallback] = [opened.device, opened.fallback];
    } catch (error) {
      const cause = (error as Error).message.split("\n")[0];
      problems.push({ en: `${relative} could not be loaded (truncated, corrupt or not ONNX?): ${cause}`, zh: `${relative} 无法加载（文件被截断、损坏或不是 ONNX？）：${cause}` });
      continue;
    }
    const checked = checkPartIo(part, relative, sessions[part].inputMetadata, sessions[part].outputMetadata);
    problems.push(...checked.problems);
    io[part] = checked.io;
  }
  const hiddenSize = widthOf(io, model.config.hiddenSize, problems);
  if (problems.length > 0) {
    await Promise.all(Object.values(sessions).map((s) => s.release()));
    throw modelError(model.folder, problems, code);
  }
  const kind = detectModelKind(hiddenSize, [model.config.nameOrPath, path.basename(model.folder), ...(options.names ?? [])]);
  const required = sessions as LoadedModel["sessions"];
  return { model, kind, turbo: kind === "turbo", hiddenSize, device, fallback, sessions: required, io };
}

/** Closes a model's sessions, freeing their memory. */
export async function closeModel(loaded: LoadedModel): Promise<void> {
  await Promise.all(Object.values(loaded.sessions).map((s) => s?.release()));
}

// The text width as the text encoder declares it, which the UNet's context must match.
function widthOf(io: Partial<Record<ModelPart, ResolvedIo>>, configured: number | null, problems: Problem[]): number {
  const text = io.textEncoder?.hidden?.shape[2];
  const unet = io.unet?.context?.shape[2];
  if (typeof text === "number" && typeof unet === "number" && text !== unet) {
    problems.push({
      en: `the text encoder writes ${text} values per token but the UNet reads ${unet} (parts of different models?)`,
      zh: `文本编码器每个 token 输出 ${text} 个值，而 UNet 读取 ${unet} 个（混用了不同模型的部件？）`,
    });
  }
  return [text, unet, configured].find((d): d is number => typeof d === "number") ?? 768;
}
