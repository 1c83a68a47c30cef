import "server-only";
import fs from "node:fs";
import path from "node:path";
import { AppError } from "../errors";
import { findModel, findModelById, listModels } from "../models/model-registry.server";

/** The kinds of model that read images. */
export type ReaderKind = "tagger" | "clip";

/** A model that reads images: its registered id (or folder name) and its folder. */
export interface ReaderModel {
  id: string;
  folder: string;
}

const NONE: Record<ReaderKind, [string, string]> = {
  tagger: [
    "No image tagger is installed. Get one with `npx promptstudio models pull SmilingWolf/wd-vit-tagger-v3` (any WD-style tagger: model.onnx + selected_tags.csv).",
    "尚未安装图片打标模型。请用 `npx promptstudio models pull SmilingWolf/wd-vit-tagger-v3` 下载一个（任何 WD 式打标模型：model.onnx + selected_tags.csv）。",
  ],
  clip: [
    "No CLIP model is installed, so photo mode is off. Get one with `npx promptstudio models pull Xenova/clip-vit-base-patch32` (a CLIP in the transformers.js layout).",
    "尚未安装 CLIP 模型，照片模式不可用。请用 `npx promptstudio models pull Xenova/clip-vit-base-patch32` 下载一个（transformers.js 布局的 CLIP）。",
  ],
};

/**
 * The model of `kind` a request names, or the most recently added one when it names none. With `folders` (the command
 * line) also a registered folder or an unregistered folder on disk; without (the web API) only a registered id, and
 * anything else gets the same "unknown model" answer, so a request cannot probe the server's disk.
 */
export async function resolveReaderModel(kind: ReaderKind, idOrPath: string | null, options: { folders: boolean }): Promise<ReaderModel> {
  if (idOrPath === null) {
    const latest = (await listModels([kind]))[0];
    if (!latest) throw new AppError("model_unavailable", ...NONE[kind]);
    return { id: latest.id, folder: latest.path };
  }
  const record = options.folders ? await findModel(idOrPath) : await findModelById(idOrPath);
  if (record && record.kind === kind) return { id: record.id, folder: record.path };
  if (record) throw new AppError("invalid_input", `"${record.id}" is a ${record.kind} model, not a ${kind}.`, `"${record.id}" 是 ${record.kind} 模型，不是 ${kind}。`);
  if (options.folders && fs.existsSync(/*turbopackIgnore: true*/ idOrPath) && fs.statSync(/*turbopackIgnore: true*/ idOrPath).isDirectory()) return { id: path.basename(path.resolve(idOrPath)), folder: path.resolve(idOrPath) };
  throw new AppError("not_found", `No ${kind} "${idOrPath}" is registered (see: promptstudio models list).`, `没有注册为 "${idOrPath}" 的 ${kind} 模型（见 promptstudio models list）。`);
}
