import "server-only";
import type { DiffusionParts } from "./diffusion-parts";
import { encodePreviewPng, PREVIEW_MAX_SIDE } from "./encode-png.server";
import { tensorToRgb } from "./image-tensor";
import { decodeTaesd, type OrtClock } from "./onnx-runs.server";
import type { LoadedModel } from "./open-model.server";

/**
 * The live preview of one image's latents (4 × height × width) as a small PNG: TAESD's decode when the model has one
 * (every other pixel or fewer, to at most 256 px), else the cheap linear latent-to-RGB approximation at latent size.
 */
export async function previewPng(loaded: LoadedModel, parts: DiffusionParts, latents: Float32Array, height: number, width: number, clock?: OrtClock): Promise<Uint8Array> {
  if (loaded.sessions.taesdDecoder) {
    const pixels = await decodeTaesd(loaded, latents, height, width, clock);
    const [W, H] = [width * 8, height * 8];
    const stride = Math.ceil(Math.max(W, H) / PREVIEW_MAX_SIDE);
    return encodePreviewPng(tensorToRgb(pixels, W, H, "unit", stride), Math.ceil(W / stride), Math.ceil(H / stride));
  }
  return encodePreviewPng(parts.latentPreview(latents, height, width), width, height);
}
