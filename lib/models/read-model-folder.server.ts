import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { AppErrorCode } from "../errors";
import { parseModelConfigs, type ModelConfig } from "./model-config";
import { modelError } from "./model-errors";
import { MODEL_PARTS, type ModelPart, type Problem } from "./model-layout";
import { detectRepoLayout, type RepoLayout } from "./repo-layout";

/** A model folder whose files are present: absolute paths of its ONNX parts, its configs and its size on disk. */
export interface ModelFolder {
  folder: string;
  files: Partial<Record<ModelPart, string>>;
  config: ModelConfig;
  sizeBytes: number;
}

const CONFIG_FILES = { modelIndex: "model_index.json", scheduler: "scheduler/scheduler_config.json", textEncoder: "text_encoder/config.json" };

/**
 * Reads a model folder's configs (snake_case converted once) and finds its ONNX files; throws one AppError (`code`,
 * default model_unavailable) naming everything missing, empty or unreadable. Loading the ONNX files is the pipeline's.
 */
export function readModelFolder(folder: string, code: AppErrorCode = "model_unavailable"): ModelFolder {
  const root = path.resolve(folder);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw modelError(root, [{ en: "the folder does not exist", zh: "文件夹不存在" }], code);
  }
  const problems: Problem[] = [];
  const files: Partial<Record<ModelPart, string>> = {};
  for (const [part, spec] of Object.entries(MODEL_PARTS) as Array<[ModelPart, (typeof MODEL_PARTS)[ModelPart]]>) {
    const found = spec.files.map((f) => path.join(root, f)).find((f) => fs.existsSync(f));
    if (!found) {
      if (spec.required) problems.push({ en: `${spec.files[0]} is missing`, zh: `缺少 ${spec.files[0]}` });
      continue;
    }
    if (fs.statSync(found).size === 0) problems.push({ en: `${path.relative(root, found)} is empty`, zh: `${path.relative(root, found)} 是空文件` });
    else files[part] = found;
  }
  const raw: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(CONFIG_FILES)) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) continue;
    try {
      raw[key] = JSON.parse(fs.readFileSync(full, "utf8"));
    } catch (error) {
      problems.push({ en: `${file} is not valid JSON (${(error as Error).message})`, zh: `${file} 不是有效的 JSON（${(error as Error).message}）` });
    }
  }
  const { config, problems: configProblems } = parseModelConfigs(raw);
  problems.push(...configProblems.map((p) => ({ en: p, zh: p })));
  if (problems.length > 0) throw modelError(root, problems, code);
  return { folder: root, files, config, sizeBytes: folderSize(root) };
}

/** Bytes of every file under `folder` (external weight files of big exports included). */
export function folderSize(folder: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** The layout of the files under `folder` (see detectRepoLayout), or null when it is none of them or not a folder. */
export function readFolderLayout(folder: string): RepoLayout | null {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return null;
  const files = fs.readdirSync(folder, { withFileTypes: true, recursive: true }).filter((e) => e.isFile());
  return detectRepoLayout(files.map((e) => path.relative(folder, path.join(e.parentPath, e.name)).split(path.sep).join("/")));
}
