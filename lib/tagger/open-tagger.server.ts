import "server-only";
import fs from "node:fs";
import path from "node:path";
import * as ort from "onnxruntime-node";
import { openSession } from "../render/backends/onnx/onnx-session.server";
import { AppError, type AppErrorCode } from "../errors";
import { modelError } from "../models/model-errors";
import type { Problem } from "../models/model-layout";
import { checkTaggerIo, type TaggerIo } from "./tagger-io";
import { parseTaggerLabels, type TaggerLabel } from "./tagger-labels";

/** A WD-style tagger folder with its session open, checked against its tag list. */
export interface LoadedTagger {
  folder: string;
  labels: TaggerLabel[];
  io: TaggerIo;
  session: ort.InferenceSession;
}

/**
 * Opens a tagger folder (model.onnx + selected_tags.csv) and checks the model's declared input and output against
 * the tag list; throws one AppError (`code`) listing everything missing, unreadable or incompatible.
 */
export async function openTagger(folder: string, code: AppErrorCode = "model_unavailable"): Promise<LoadedTagger> {
  const root = path.resolve(folder);
  const problems: Problem[] = [];
  const model = path.join(root, "model.onnx");
  const tags = path.join(root, "selected_tags.csv");
  for (const file of [model, tags]) if (!fs.existsSync(/*turbopackIgnore: true*/ file)) problems.push({ en: `${path.basename(file)} is missing`, zh: `缺少 ${path.basename(file)}` });
  if (problems.length > 0) throw modelError(root, problems, code);
  let labels: TaggerLabel[] = [];
  try {
    labels = parseTaggerLabels(fs.readFileSync(/*turbopackIgnore: true*/ tags, "utf8"));
  } catch (error) {
    problems.push({ en: (error as Error).message, zh: (error as Error).message });
  }
  let session: ort.InferenceSession;
  try {
    session = (await openSession(model, "cpu")).session;
  } catch (error) {
    const cause = (error as Error).message.split("\n")[0];
    throw modelError(root, [...problems, { en: `model.onnx could not be loaded (truncated, corrupt or not ONNX?): ${cause}`, zh: `model.onnx 无法加载（文件被截断、损坏或不是 ONNX？）：${cause}` }], code);
  }
  const checked = checkTaggerIo(session.inputMetadata, session.outputMetadata, labels.length);
  problems.push(...checked.problems);
  if (problems.length > 0 || !checked.io) {
    await session.release();
    throw modelError(root, problems, code);
  }
  return { folder: root, labels, io: checked.io, session };
}

/** Runs the tagger on one prepared input (see prepareTaggerInput) and returns a score per label. */
export async function runTagger(tagger: LoadedTagger, input: Float32Array): Promise<Float32Array> {
  const { size, layout } = tagger.io;
  const dims = layout === "nhwc" ? [1, size, size, 3] : [1, 3, size, size];
  const result = await tagger.session.run({ [tagger.io.input]: new ort.Tensor("float32", input, dims) });
  const scores = result[tagger.io.output].data as Float32Array;
  if (scores.length !== tagger.labels.length) {
    throw new AppError("model_unavailable", `The tagger scored ${scores.length} tags but its list has ${tagger.labels.length}.`, `打标模型输出了 ${scores.length} 个分数，而标签表有 ${tagger.labels.length} 个。`);
  }
  return scores;
}

/** Closes the tagger's session. */
export async function closeTagger(tagger: LoadedTagger): Promise<void> {
  await tagger.session.release();
}
