/** The ONNX files of a Stable Diffusion export in the Optimum/diffusers layout. */
export type ModelPart = "textEncoder" | "unet" | "vaeDecoder" | "vaeEncoder" | "taesdDecoder";

/** A message in both languages of the app. */
export interface Problem {
  en: string;
  zh: string;
}

/** The little of onnxruntime's ValueMetadata the checks read (kept structural so this module stays pure). */
export interface TensorInfo {
  name: string;
  isTensor: boolean;
  type?: string;
  shape?: ReadonlyArray<number | string>;
}

interface TensorSpec {
  role: string;
  /** Accepted names, the export's first; null: whatever the model calls its only input/output. */
  names: string[] | null;
  rank: number;
  types: string[];
  /** Fixed sizes by axis, when the pipeline depends on them (4 latent channels, 3 colour channels). */
  dims?: Record<number, number>;
}

interface PartSpec {
  files: string[];
  required: boolean;
  inputs: TensorSpec[];
  outputs: TensorSpec[];
}

const F32 = ["float32"];
const latent = (role: string, names: string[] | null): TensorSpec => ({ role, names, rank: 4, types: F32, dims: { 1: 4 } });
const image = (role: string, names: string[] | null): TensorSpec => ({ role, names, rank: 4, types: F32, dims: { 1: 3 } });

/** What each part must read and write: names, ranks and element types of the exports the pipeline runs. */
export const MODEL_PARTS: Record<ModelPart, PartSpec> = {
  textEncoder: {
    files: ["text_encoder/model.onnx"],
    required: true,
    inputs: [{ role: "ids", names: ["input_ids"], rank: 2, types: ["int32", "int64"] }],
    outputs: [{ role: "hidden", names: ["last_hidden_state"], rank: 3, types: F32 }],
  },
  unet: {
    files: ["unet/model.onnx"],
    required: true,
    inputs: [
      latent("sample", ["sample"]),
      { role: "timestep", names: ["timestep"], rank: 1, types: ["float32", "int64"] },
      { role: "context", names: ["encoder_hidden_states"], rank: 3, types: F32 },
    ],
    outputs: [latent("out", ["out_sample"])],
  },
  vaeDecoder: { files: ["vae_decoder/model.onnx"], required: true, inputs: [latent("latent", ["latent_sample"])], outputs: [image("image", ["sample"])] },
  // Newer Optimum exports return the distribution's parameters (mean and log-variance, 8 channels) instead of a sample.
  vaeEncoder: {
    files: ["vae_encoder/model.onnx"],
    required: false,
    inputs: [image("image", ["sample"])],
    outputs: [{ role: "latent", names: ["latent_sample", "latent_parameters"], rank: 4, types: F32 }],
  },
  taesdDecoder: { files: ["taesd_decoder.onnx", "taesd/decoder.onnx"], required: false, inputs: [latent("latent", null)], outputs: [image("image", null)] },
};

/** The tensor each role of a part maps to in the loaded model. */
export type ResolvedIo = Record<string, { name: string; type: string; shape: ReadonlyArray<number | string> }>;

/**
 * Checks a loaded part's inputs and outputs against {@link MODEL_PARTS}; returns what each role maps to and every
 * mismatch (missing or extra input, wrong rank, element type or fixed size) in English and Chinese.
 * @example checkPartIo("unet", "unet/model.onnx", [], []).problems[0].en // "unet/model.onnx has no input \"sample\" (expected rank 4 float32)"
 */
export function checkPartIo(part: ModelPart, file: string, inputs: readonly TensorInfo[], outputs: readonly TensorInfo[]) {
  const spec = MODEL_PARTS[part];
  const problems: Problem[] = [];
  const io: ResolvedIo = {};
  const seen = new Set<string>();
  const match = (specs: TensorSpec[], actual: readonly TensorInfo[], side: "input" | "output", sideZh: string) => {
    for (const s of specs) {
      const found = s.names === null ? actual[0] : actual.find((a) => s.names!.includes(a.name));
      const wanted = `rank ${s.rank} ${s.types.join(" or ")}`;
      if (!found) {
        const name = s.names?.join('" or "') ?? "(any)";
        problems.push({ en: `${file} has no ${side} "${name}" (expected ${wanted})`, zh: `${file} 缺少${sideZh} "${name}"（应为 ${wanted}）` });
        continue;
      }
      seen.add(found.name);
      const shape = found.shape ?? [];
      const type = found.type ?? "unknown";
      const issue = describeMismatch(s, found, shape, type);
      if (issue) problems.push({ en: `${file} ${side} "${found.name}": ${issue.en}`, zh: `${file} 的${sideZh} "${found.name}"：${issue.zh}` });
      else io[s.role] = { name: found.name, type, shape };
    }
  };
  match(spec.inputs, inputs, "input", "输入");
  match(spec.outputs, outputs, "output", "输出");
  for (const extra of inputs.filter((i) => !seen.has(i.name))) {
    problems.push({
      en: `${file} needs an input "${extra.name}" this pipeline does not provide (SDXL or LCM exports are not supported)`,
      zh: `${file} 需要本管线不提供的输入 "${extra.name}"（不支持 SDXL 或 LCM 导出）`,
    });
  }
  return { io, problems };
}

function describeMismatch(spec: TensorSpec, found: TensorInfo, shape: ReadonlyArray<number | string>, type: string): Problem | null {
  if (!found.isTensor) return { en: "is not a tensor", zh: "不是张量" };
  if (!spec.types.includes(type)) {
    const hint = type === "float16" ? " (a float16 export: use a float32 one)" : "";
    const hintZh = type === "float16" ? "（float16 导出：请使用 float32 导出）" : "";
    return { en: `is ${type}, expected ${spec.types.join(" or ")}${hint}`, zh: `类型为 ${type}，应为 ${spec.types.join(" 或 ")}${hintZh}` };
  }
  if (shape.length !== spec.rank) return { en: `has rank ${shape.length}, expected ${spec.rank}`, zh: `秩为 ${shape.length}，应为 ${spec.rank}` };
  for (const [axis, size] of Object.entries(spec.dims ?? {})) {
    const actual = shape[Number(axis)];
    if (typeof actual === "number" && actual !== size) {
      return { en: `has size ${actual} on axis ${axis}, expected ${size}`, zh: `第 ${axis} 维大小为 ${actual}，应为 ${size}` };
    }
  }
  return null;
}
