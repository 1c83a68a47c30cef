import fs from "node:fs";
import path from "node:path";
import { buildFullTextEncoder } from "./clip-text-graph";
import { ExternalDataFile } from "./external-data-file";
import type { FullSizeModel, FullSizePart } from "./full-size-configs";
import { modelIndexJson } from "./make-tiny-model";
import type { NetBuilder, NetOptions } from "./net-builder";
import { buildFullTaesdDecoder } from "./taesd-graph";
import { buildFullUnet } from "./unet-graph";
import { buildFullVaeDecoder, buildFullVaeEncoder } from "./vae-graphs";

/** What one part holds: parameters, FLOPs of one run at 512×512 and batch 1 (Conv and MatMul, 2 per multiply-add). */
export interface PartCount {
  params: number;
  flops: number;
}

/** A part as written: its counts, its size on disk (external data included) and how long it took. */
export interface WrittenPart extends PartCount {
  part: FullSizePart;
  bytes: number;
  external: boolean;
  seconds: number;
}

/** Every ONNX part of a model set, in the order they are written. */
export const FULL_SIZE_PARTS: readonly FullSizePart[] = ["text_encoder/model.onnx", "unet/model.onnx", "vae_decoder/model.onnx", "vae_encoder/model.onnx", "taesd_decoder.onnx"];

// protobuf cannot encode a message of 2 GiB or more; Optimum moves the weights out above that.
const PROTOBUF_LIMIT = 2 ** 31 - 1;

/** Builds one part's graph: with `dry`, only its parameter and FLOP counts (fast, no weights made). */
export function buildFullSizePart(model: FullSizeModel, part: FullSizePart, options: NetOptions): NetBuilder {
  switch (part) {
    case "text_encoder/model.onnx":
      return buildFullTextEncoder(model.text, options);
    case "unet/model.onnx":
      return buildFullUnet(model.unet, options);
    case "vae_decoder/model.onnx":
      return buildFullVaeDecoder(model.vae, options);
    case "vae_encoder/model.onnx":
      return buildFullVaeEncoder(model.vae, options);
    case "taesd_decoder.onnx":
      return buildFullTaesdDecoder(options);
  }
}

/** The parameters and FLOPs of every part, counted from the graphs (no weights are made). */
export function countFullSizeModel(model: FullSizeModel): Record<FullSizePart, PartCount> {
  const counts = FULL_SIZE_PARTS.map((part) => {
    const { params, flops } = buildFullSizePart(model, part, { seed: 0, dry: true });
    return [part, { params, flops }] as const;
  });
  return Object.fromEntries(counts) as Record<FullSizePart, PartCount>;
}

/**
 * Writes a random-weight model set with the real architecture in the Optimum layout (model_index.json, scheduler/,
 * text_encoder/, unet/, vae_decoder/, vae_encoder/, taesd_decoder.onnx). A part whose weights pass protobuf's 2 GiB
 * limit (`externalAboveBytes`) keeps them in `model.onnx_data` beside its model.onnx, written as they are made.
 * @example writeFullSizeModel("/tmp/sd15", FULL_SIZE_MODELS.sd15) // ~4.3 GB: unet/model.onnx + unet/model.onnx_data (3.4 GB) …
 */
export function writeFullSizeModel(folder: string, model: FullSizeModel, options: { seed?: number; externalAboveBytes?: number; onPart?: (written: WrittenPart) => void } = {}): WrittenPart[] {
  const seed = options.seed ?? 1;
  const configs: Record<string, object> = {
    "model_index.json": modelIndexJson(model.nameOrPath, String(model.scheduler._class_name)),
    "scheduler/scheduler_config.json": model.scheduler,
    "text_encoder/config.json": {
      hidden_size: model.text.hidden, num_hidden_layers: model.text.layers, num_attention_heads: model.text.heads,
      intermediate_size: model.text.intermediate, hidden_act: model.text.activation, max_position_embeddings: 77, vocab_size: 49408, model_type: "clip_text_model",
    },
  };
  for (const [name, content] of Object.entries(configs)) writeFile(path.join(folder, name), JSON.stringify(content, null, 2) + "\n");
  const counts = countFullSizeModel(model);
  return FULL_SIZE_PARTS.map((part, i) => {
    const started = performance.now();
    const file = path.join(folder, part);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const external = counts[part].params * 4 > (options.externalAboveBytes ?? PROTOBUF_LIMIT) ? new ExternalDataFile(`${file}_data`) : undefined;
    let bytes: number;
    try {
      const built = buildFullSizePart(model, part, { seed: seed + i, external });
      writeFile(file, built.toBytes());
      bytes = fs.statSync(file).size + (external?.size ?? 0);
    } finally {
      external?.close();
    }
    const written = { part, ...counts[part], bytes, external: external !== undefined, seconds: (performance.now() - started) / 1000 };
    options.onPart?.(written);
    return written;
  });
}

function writeFile(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}
