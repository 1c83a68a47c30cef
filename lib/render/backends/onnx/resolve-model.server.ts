import "server-only";
import fs from "node:fs";
import path from "node:path";
import { AppError } from "../../../errors";
import { sha256File } from "../../../models/file-hash.server";
import { findModel, findModelById, listModels, saveModelHash, type ModelRecord } from "../../../models/model-registry.server";
import { RENDER_MODEL_KINDS } from "../../../models/model-config";
import { MODEL_PARTS } from "../../../models/model-layout";

/** The model a render uses: its folder, its name for the infotext and, once computed, its UNet hash. */
export interface ResolvedModel {
  folder: string;
  name: string;
  record: ModelRecord | null;
}

/** The model renders use when none is named: the most recently added one that renders, or null when none is registered. */
export async function getDefaultModel(): Promise<ModelRecord | null> {
  return (await listModels(RENDER_MODEL_KINDS))[0] ?? null;
}

/**
 * Finds the model a request names; null: the default. With `folders` (the command line) also a registered folder or an
 * unregistered folder on disk; without (the web API) only a registered id, and anything else gets the same "unknown
 * model" answer whether or not such a path exists, so a request cannot probe the server's disk.
 */
export async function resolveModel(idOrPath: string | null, options: { folders: boolean } = { folders: true }): Promise<ResolvedModel> {
  if (!options.folders && idOrPath !== null) {
    const record = await findModelById(idOrPath);
    if (record) return rendering(record);
    throw new AppError("not_found", "Unknown model: name a registered model by its id (see: promptstudio models list).", "未知的模型：请用已注册模型的 ID 指定（见 promptstudio models list）。");
  }
  const record = idOrPath === null ? await getDefaultModel() : await findModel(idOrPath);
  if (record) return rendering(record);
  if (idOrPath !== null && fs.existsSync(idOrPath) && fs.statSync(idOrPath).isDirectory()) {
    return { folder: path.resolve(idOrPath), name: path.basename(path.resolve(idOrPath)), record: null };
  }
  if (idOrPath === null) {
    throw new AppError(
      "model_unavailable",
      "No model is installed. Get one with `npx promptstudio models pull <hub-repo-id>` (an ONNX export), or try the pipeline with `npm run make-tiny-model -- models/tiny && npx promptstudio models add models/tiny`.",
      "尚未安装模型。请用 `npx promptstudio models pull <模型库仓库ID>` 下载一个 ONNX 导出，或用 `npm run make-tiny-model -- models/tiny && npx promptstudio models add models/tiny` 试用管线。",
    );
  }
  throw new AppError("not_found", `No model "${idOrPath}" is registered and there is no such folder (see: promptstudio models list).`, `没有注册为 "${idOrPath}" 的模型，也没有这个文件夹（见 promptstudio models list）。`);
}

function rendering(record: ModelRecord): ResolvedModel {
  if (!RENDER_MODEL_KINDS.includes(record.kind)) {
    throw new AppError("invalid_input", `"${record.id}" is a ${record.kind} model: it reads images, it does not render them.`, `"${record.id}" 是 ${record.kind} 模型：它用于识别图片，不能生成图片。`);
  }
  return { folder: record.path, name: record.name, record };
}

const hashes = new Map<string, Promise<string>>();

/** The UNet's sha256, computed once per folder (and saved with the registered model). */
export function modelHash(model: ResolvedModel): Promise<string> {
  if (model.record?.sha256) return Promise.resolve(model.record.sha256);
  let hash = hashes.get(model.folder);
  if (!hash) {
    hash = sha256File(path.join(model.folder, MODEL_PARTS.unet.files[0]));
    hashes.set(model.folder, hash);
    const id = model.record?.id;
    if (id) void hash.then((h) => saveModelHash(id, h)).catch(() => undefined);
    hash.catch(() => hashes.delete(model.folder));
  }
  return hash;
}
