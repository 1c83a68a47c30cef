import "server-only";
import * as ort from "onnxruntime-node";
import { AppError } from "../../../errors";
import type { ModelPart } from "../../../models/model-layout";
import type { UnetCall } from "./denoiser";
import type { LoadedModel } from "./open-model.server";
import type { ChunkEncoder } from "./text-conditioning";

/** Stable Diffusion's latent scale: VAE latents × 0.18215 are what the UNet works on. */
export const LATENT_SCALE = 0.18215;

/** Milliseconds spent inside onnxruntime, for the bench's "time outside onnxruntime per step". */
export interface OrtClock {
  ms: number;
}

async function run(loaded: LoadedModel, part: ModelPart, feeds: Record<string, ort.Tensor>, clock?: OrtClock) {
  const session = loaded.sessions[part as keyof LoadedModel["sessions"]]!;
  const start = performance.now();
  try {
    return await session.run(feeds);
  } finally {
    if (clock) clock.ms += performance.now() - start;
  }
}

const fixedBatch = (loaded: LoadedModel, part: ModelPart, role: string) => {
  const dim = loaded.io[part]?.[role]?.shape[0];
  return typeof dim === "number" && dim > 0 ? dim : null;
};

/** The text encoder as a {@link ChunkEncoder}: all chunks in one run (one by one for a batch-1 export). */
export function createChunkEncoder(loaded: LoadedModel, clock?: OrtClock): ChunkEncoder {
  const { ids, hidden } = loaded.io.textEncoder!;
  const perRun = fixedBatch(loaded, "textEncoder", "ids") ?? Infinity;
  return async (chunks) => {
    const out: Float32Array[] = [];
    for (let at = 0; at < chunks.length; at += Math.min(perRun, chunks.length)) {
      const group = chunks.slice(at, at + Math.min(perRun, chunks.length));
      const flat = group.flat();
      const data = ids.type === "int64" ? BigInt64Array.from(flat, BigInt) : Int32Array.from(flat);
      const result = await run(loaded, "textEncoder", { [ids.name]: new ort.Tensor(ids.type as "int32", data, [group.length, 77]) }, clock);
      const z = result[hidden.name].data as Float32Array;
      const size = z.length / group.length;
      for (let i = 0; i < group.length; i++) out.push(z.slice(i * size, (i + 1) * size));
    }
    return out;
  };
}

/** The UNet as an {@link UnetCall} for latents of `height` × `width` (latent pixels); a fixed-batch export runs in groups. */
export function createUnetCall(loaded: LoadedModel, height: number, width: number, clock?: OrtClock): UnetCall {
  const { sample, timestep, context, out } = loaded.io.unet!;
  const [, , fixedH, fixedW] = sample.shape;
  if ((typeof fixedH === "number" && fixedH !== height) || (typeof fixedW === "number" && fixedW !== width)) {
    const size = `${Number(fixedW) * 8}x${Number(fixedH) * 8}`;
    throw new AppError("invalid_input", `This model's UNet was exported for ${size} only.`, `该模型的 UNet 只支持 ${size}。`);
  }
  const latentSize = 4 * height * width;
  return async (input, t, ctx) => {
    const rows = ctx.batch;
    const group = fixedBatch(loaded, "unet", "sample") ?? rows;
    if (rows % group !== 0) throw new AppError("invalid_input", `This model's UNet only takes batches of ${group}.`, `该模型的 UNet 只接受 ${group} 的批量。`);
    const result = group === rows ? null : new Float32Array(rows * latentSize);
    for (let at = 0; at < rows; at += group) {
      const timesteps = timestep.type === "int64" ? new BigInt64Array(group).fill(BigInt(Math.round(t))) : new Float32Array(group).fill(t);
      const ctxSize = ctx.tokens * ctx.hidden;
      const feeds = {
        [sample.name]: new ort.Tensor("float32", input.subarray(at * latentSize, (at + group) * latentSize), [group, 4, height, width]),
        [timestep.name]: new ort.Tensor(timestep.type as "float32", timesteps, [group]),
        [context.name]: new ort.Tensor("float32", ctx.data.subarray(at * ctxSize, (at + group) * ctxSize), [group, ctx.tokens, ctx.hidden]),
      };
      const data = (await run(loaded, "unet", feeds, clock))[out.name].data as Float32Array;
      if (!result) return data;
      result.set(data, at * latentSize);
    }
    return result!;
  };
}

/** VAE decode of one image's latents (4 × h × w, UNet scale) → NCHW float image in [-1, 1]. */
export async function decodeLatents(loaded: LoadedModel, latents: Float32Array, height: number, width: number): Promise<Float32Array> {
  const { latent, image } = loaded.io.vaeDecoder!;
  const scaled = Float32Array.from(latents, (v) => v / LATENT_SCALE);
  const result = await run(loaded, "vaeDecoder", { [latent.name]: new ort.Tensor("float32", scaled, [1, 4, height, width]) });
  return result[image.name].data as Float32Array;
}

/** TAESD decode of one image's latents (UNet scale, as TAESD takes them) → NCHW float image in [0, 1]. */
export async function decodeTaesd(loaded: LoadedModel, latents: Float32Array, height: number, width: number, clock?: OrtClock): Promise<Float32Array> {
  const { latent, image } = loaded.io.taesdDecoder!;
  const result = await run(loaded, "taesdDecoder", { [latent.name]: new ort.Tensor("float32", latents, [1, 4, height, width]) }, clock);
  return result[image.name].data as Float32Array;
}

/** VAE encode of an NCHW image in [-1, 1] → latents at UNet scale (the mean, when the export returns mean and log-variance). */
export async function encodeImage(loaded: LoadedModel, pixels: Float32Array, height: number, width: number): Promise<Float32Array> {
  if (!loaded.sessions.vaeEncoder) {
    throw new AppError("model_unavailable", "This model has no vae_encoder/model.onnx, which img2img needs.", "该模型没有图生图所需的 vae_encoder/model.onnx。");
  }
  const { image, latent } = loaded.io.vaeEncoder!;
  const result = await run(loaded, "vaeEncoder", { [image.name]: new ort.Tensor("float32", pixels, [1, 3, height, width]) });
  const size = 4 * (height / 8) * (width / 8);
  return Float32Array.from((result[latent.name].data as Float32Array).subarray(0, size), (v) => v * LATENT_SCALE);
}
