import type { NoiseSource, SamplerName } from "../diffusion/sampling-types";

/** How img2img fits the input image to the requested size (A1111's resize modes). */
export type ResizeMode = "just-resize" | "crop-and-resize" | "resize-and-fill";

/** One render request, whatever backend runs it. Sizes are multiples of 8. */
export interface RenderRequest {
  prompt: string;
  negative: string;
  sampler: SamplerName;
  steps: number;
  cfgScale: number;
  /** -1 picks a random seed (reported in the result). Image i of the batch uses seed + i. */
  seed: number;
  subseed?: number;
  subseedStrength?: number;
  width: number;
  height: number;
  batchCount: number;
  batchSize: number;
  noiseSource: NoiseSource;
  /** A registered model id (built-in backend) or the server's model name (A1111/ComfyUI); null for the default. */
  model: string | null;
  img2img?: { image: Uint8Array; resizeMode: ResizeMode; denoisingStrength: number };
}

/** Progress of a running render: step i of n, an ETA and, when available, a small preview PNG. */
export interface RenderProgress {
  step: number;
  steps: number;
  image: number;
  images: number;
  etaSeconds: number | null;
  preview?: Uint8Array;
}

export interface RenderedImage {
  /** PNG bytes carrying A1111 "parameters" infotext. */
  png: Uint8Array;
  seed: number;
  infotext: string;
}

/** Something the user should know about a finished render (e.g. extra-network tags that were not applied). */
export interface RenderWarning {
  message: string;
  messageZh: string;
}

export interface RenderResult {
  images: RenderedImage[];
  /** The seed actually used for the first image (resolves -1). */
  seed: number;
  warnings?: RenderWarning[];
}

/** A place renders run: the built-in ONNX pipeline, an A1111/Forge server or a ComfyUI server. */
export interface RenderBackend {
  readonly id: "onnx" | "a1111" | "comfyui";
  render(request: RenderRequest, hooks: { onProgress: (p: RenderProgress) => void; signal: AbortSignal }): Promise<RenderResult>;
}
