import { AppError, type AppErrorCode } from "../errors";
import type { Problem } from "./model-layout";

/**
 * One AppError listing every problem of a model folder, in English and Chinese.
 * @example modelError("/m", [{ en: "unet/model.onnx is missing", zh: "缺少 unet/model.onnx" }]).message
 * // "The model in /m cannot be used:\n- unet/model.onnx is missing"
 */
export function modelError(folder: string, problems: Problem[], code: AppErrorCode = "model_unavailable"): AppError {
  const en = `The model in ${folder} cannot be used:\n${problems.map((p) => `- ${p.en}`).join("\n")}`;
  const zh = `${folder} 中的模型无法使用：\n${problems.map((p) => `- ${p.zh}`).join("\n")}`;
  return new AppError(code, en, zh, { folder, problems });
}
