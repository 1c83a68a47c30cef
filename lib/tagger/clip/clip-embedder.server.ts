import "server-only";
import path from "node:path";
import { AppError } from "../../errors";
import type { RgbImage } from "../tagger-image.server";

/** Embeds images and texts into CLIP's shared space (vectors of the model's projection size, not normalised). */
export interface ClipEmbedder {
  embedImage(image: RgbImage): Promise<Float32Array>;
  /** One vector per text, in order. */
  embedTexts(texts: readonly string[]): Promise<Float32Array[]>;
  /** Frees the model's sessions. */
  dispose?(): Promise<void>;
}

type Transformers = typeof import("@huggingface/transformers");

// Texts go through the text model this many at a time: bounded memory, and progress between batches.
const TEXT_BATCH = 128;

let library: Promise<Transformers> | null = null;

// Importing transformers.js loads onnxruntime (node and web) and sharp: only when CLIP mode is first used.
function loadLibrary(): Promise<Transformers> {
  library ??= import("@huggingface/transformers").then((lib) => {
    lib.env.allowRemoteModels = false;
    lib.env.allowLocalModels = true;
    lib.env.useFSCache = false;
    return lib;
  });
  library.catch(() => (library = null));
  return library;
}

/**
 * Loads a CLIP model folder in the transformers.js layout (onnx/text_model.onnx, onnx/vision_model.onnx, tokenizer
 * and processor configs; float32 files) from disk only. Throws AppError("model_unavailable") when transformers.js is
 * not installed or the folder cannot be loaded.
 */
export async function loadClipEmbedder(folder: string): Promise<ClipEmbedder> {
  let lib: Transformers;
  try {
    lib = await loadLibrary();
  } catch (error) {
    throw new AppError(
      "model_unavailable",
      `CLIP mode needs the @huggingface/transformers package, which could not be loaded (${(error as Error).message.split("\n")[0]}).`,
      `CLIP 模式需要 @huggingface/transformers 包，但无法加载（${(error as Error).message.split("\n")[0]}）。`,
    );
  }
  const root = path.resolve(folder);
  const options = { local_files_only: true, dtype: "fp32", device: "cpu" } as const;
  try {
    const [tokenizer, processor, textModel, visionModel] = await Promise.all([
      lib.AutoTokenizer.from_pretrained(root, { local_files_only: true }),
      lib.AutoImageProcessor.from_pretrained(root, { local_files_only: true }),
      lib.CLIPTextModelWithProjection.from_pretrained(root, options),
      lib.CLIPVisionModelWithProjection.from_pretrained(root, options),
    ]);
    return {
      async embedImage({ data, width, height }) {
        const { pixel_values } = await processor(new lib.RawImage(data, width, height, 3));
        const { image_embeds } = await visionModel({ pixel_values });
        return Float32Array.from(image_embeds.data as Float32Array);
      },
      async embedTexts(texts) {
        const out: Float32Array[] = [];
        for (let i = 0; i < texts.length; i += TEXT_BATCH) {
          const inputs = tokenizer([...texts.slice(i, i + TEXT_BATCH)], { padding: true, truncation: true });
          const { text_embeds } = await textModel(inputs);
          const [rows, dim] = text_embeds.dims as number[];
          const flat = text_embeds.data as Float32Array;
          for (let r = 0; r < rows; r++) out.push(Float32Array.from(flat.subarray(r * dim, (r + 1) * dim)));
        }
        return out;
      },
      async dispose() {
        await Promise.all([textModel.dispose(), visionModel.dispose()]);
      },
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const cause = (error as Error).message.split("\n")[0];
    throw new AppError("model_unavailable", `The CLIP model in ${root} could not be loaded: ${cause}`, `无法加载 ${root} 中的 CLIP 模型：${cause}`);
  }
}
