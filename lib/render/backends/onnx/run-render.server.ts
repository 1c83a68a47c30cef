import "server-only";
import { writePngText } from "../../../png/png-text";
import type { RenderedImage, RenderProgress, RenderRequest, RenderResult } from "../../render-types";
import { getClipTokenizer } from "../../../tokenizer/load.server";
import { createImageNoise, type ImageNoise } from "../../../diffusion/noise/randn";
import { planConditioning } from "./conditioning-plan";
import { createDenoiser } from "./denoiser";
import type { DiffusionParts, SamplingPlan } from "./diffusion-parts";
import { encodeRgbPng } from "./encode-png.server";
import { fitImage } from "./img2img-input.server";
import { rgbToTensor, tensorToRgb } from "./image-tensor";
import { useModel } from "./model-cache.server";
import { createChunkEncoder, createUnetCall, decodeLatents, encodeImage, type OrtClock } from "./onnx-runs.server";
import type { Device } from "./onnx-session.server";
import type { LoadedModel } from "./open-model.server";
import { renderInfotext } from "./render-infotext";
import { resolveSeeds } from "./render-seeds";
import { modelHash, resolveModel } from "./resolve-model.server";
import { saveOutput } from "./save-output.server";
import { StepContexts } from "./step-context";
import { previewPng } from "./step-preview.server";
import { encodeTexts } from "./text-conditioning";

/** How a render runs: the sampling math, the device, previews, where PNGs go and optional timing stats. */
export interface RunOptions {
  parts: DiffusionParts;
  device: Device;
  /** Send a preview image with every step's progress (default true). */
  previews: boolean;
  /** Folder for the PNGs (recorded in the database); null: keep them in memory only. */
  outputDir: string | null;
  /** Filled in when given: time inside onnxruntime, time in the sampling loops and the steps run. */
  stats?: { ortMs: number; samplingMs: number; steps: number };
  /** Whether `model` may name a folder on disk (the command line) rather than only a registered id (the web API). */
  modelFolders?: boolean;
}

type Hooks = { onProgress: (p: RenderProgress) => void; signal: AbortSignal };
type Prepared = Awaited<ReturnType<typeof prepare>>;

/** Runs a validated render request on the ONNX pipeline: conditioning, sampling per batch, VAE decode, PNG + infotext. */
export async function runRender(request: RenderRequest, hooks: Hooks, options: RunOptions): Promise<RenderResult> {
  const job = await prepare(request, options);
  const images: RenderedImage[] = [];
  for (let batch = 0; batch < request.batchCount; batch++) {
    hooks.signal.throwIfAborted();
    const latents = await sampleBatch(job, batch, hooks, options);
    const hash = await job.hash;
    for (let i = 0; i < request.batchSize; i++) {
      const index = batch * request.batchSize + i;
      const seed = job.seeds.seeds[index];
      const infotext = renderInfotext(request, { seed, subseed: job.seeds.subseeds[index] }, { name: job.model.name, hash });
      const png = await finishImage(job.loaded, latents.subarray(i * job.latentSize, (i + 1) * job.latentSize), request, infotext);
      if (options.outputDir !== null) await saveOutput(png, seed, infotext, options.outputDir);
      images.push({ png, seed, infotext });
    }
  }
  if (options.stats) options.stats.ortMs += job.clock.ms;
  const { fallback } = job.loaded;
  const warnings = [...job.conditioning.warnings, ...(fallback ? [{ message: `Rendered on the CPU: ${fallback}.`, messageZh: `已改用 CPU 渲染：${fallback}。` }] : [])];
  return { images, seed: job.seeds.seeds[0], ...(warnings.length > 0 ? { warnings } : {}) };
}

// Everything the batches share: the model, the encoded prompts, the seeds, the schedule and the img2img latents.
async function prepare(request: RenderRequest, options: RunOptions) {
  const model = await resolveModel(request.model, { folders: options.modelFolders ?? true });
  const loaded = await useModel(model.folder, options.device, [model.name]);
  const hash = modelHash(model);
  hash.catch(() => undefined); // awaited after the first batch; a failure surfaces there
  const [h, w] = [request.height / 8, request.width / 8];
  const conditioning = planConditioning(request.prompt, request.negative, request.steps);
  const padTokenId = loaded.hiddenSize === 1024 ? 0 : undefined; // SD2's OpenCLIP pads with 0
  const encoded = await encodeTexts(getClipTokenizer(), conditioning.texts, createChunkEncoder(loaded), { padTokenId });
  const single = conditioning.parts.length === 1 && conditioning.parts[0].weight === 1;
  let init: Float32Array | null = null;
  if (request.img2img) {
    const rgb = await fitImage(request.img2img.image, request.width, request.height, request.img2img.resizeMode);
    init = await encodeImage(loaded, rgbToTensor(rgb, request.width, request.height), request.height, request.width);
  }
  const clock: OrtClock = { ms: 0 };
  return {
    request, model, loaded, hash, h, w, latentSize: 4 * h * w, conditioning, encoded, init, clock,
    seeds: resolveSeeds(request),
    sampler: options.parts.getSampler(request.sampler),
    plan: options.parts.planSampling(request.sampler, request.steps, request.img2img?.denoisingStrength),
    unet: createUnetCall(loaded, h, w, clock),
    withUncond: !loaded.turbo && !(request.cfgScale === 1 && single),
  };
}

// Samples one batch (images seed + i …) and returns its latents, reporting every step.
async function sampleBatch(job: Prepared, batch: number, hooks: Hooks, options: RunOptions): Promise<Float32Array> {
  const { request, seeds, plan, latentSize, h, w } = job;
  const first = batch * request.batchSize;
  const noises = Array.from({ length: request.batchSize }, (_, i) =>
    createImageNoise(seeds.seeds[first + i], [1, 4, h, w], { source: request.noiseSource, subseed: seeds.subseeds[first + i], subseedStrength: request.subseedStrength }),
  );
  const denoise = createDenoiser({
    unet: job.unet,
    contexts: new StepContexts(job.conditioning, job.encoded, job.encoded.get("")!, request.batchSize, job.withUncond),
    images: request.batchSize,
    latentSize,
    cfgScale: request.cfgScale,
    weights: job.conditioning.parts.map((p) => p.weight),
    predictionType: job.loaded.model.config.scheduler.predictionType,
    sigmaToTimestep: job.sampler.sigmaToTimestep,
    outputScalings: (sigma) => options.parts.outputScalings(request.sampler, sigma),
  });
  const steps = plan.sigmas.length - 1;
  const onStep = async (step: number, _x: Float32Array, denoised: Float32Array) => {
    const preview = options.previews ? await previewPng(job.loaded, options.parts, denoised.subarray(0, latentSize), h, w, job.clock) : undefined;
    hooks.onProgress({ step: step + 1, steps, image: batch + 1, images: request.batchCount, etaSeconds: null, preview });
  };
  const started = performance.now();
  const x = startLatents(noises, job.init, plan, latentSize);
  const latents = await job.sampler.sample({ sigmas: plan.sigmas, x, denoise, noise: () => concat(noises.map((n) => n.next())), onStep, signal: hooks.signal });
  if (options.stats) {
    options.stats.samplingMs += performance.now() - started;
    options.stats.steps += steps;
  }
  return latents;
}

// x = image × imageScale + noise × noiseScale (txt2img: noise × σ₀; img2img: k-diffusion's sample_img2img, DDIM's own).
function startLatents(noises: ImageNoise[], init: Float32Array | null, plan: SamplingPlan, size: number): Float32Array {
  const x = new Float32Array(noises.length * size);
  noises.forEach((n, b) => {
    for (let i = 0; i < size; i++) x[b * size + i] = (init ? init[i] * plan.imageScale : 0) + n.initial[i] * plan.noiseScale;
  });
  return x;
}

function concat(arrays: Float32Array[]): Float32Array {
  if (arrays.length === 1) return arrays[0];
  const out = new Float32Array(arrays.reduce((n, a) => n + a.length, 0));
  arrays.forEach((a, i) => out.set(a, i * a.length));
  return out;
}

async function finishImage(loaded: LoadedModel, latents: Float32Array, request: RenderRequest, infotext: string): Promise<Uint8Array> {
  const pixels = await decodeLatents(loaded, latents, request.height / 8, request.width / 8);
  const png = await encodeRgbPng(tensorToRgb(pixels, request.width, request.height, "signed"), request.width, request.height);
  return writePngText(png, [{ keyword: "parameters", text: infotext }]);
}
