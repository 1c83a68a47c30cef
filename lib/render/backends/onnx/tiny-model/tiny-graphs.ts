import { OnnxGraph } from "./onnx-graph";

/** Sizes of the tiny model set; `hidden` is the text encoder's width (768 in SD1, 1024 in SD2). */
export interface TinySizes {
  hidden: number;
  /** Token embedding rows: ids are taken modulo this, so the table stays small. */
  vocabRows: number;
  unetChannels: number;
}

/** The default tiny sizes: about 140 KB of weights in all, 512×512 in well under a second. */
export const TINY_SIZES: TinySizes = { hidden: 32, vocabRows: 509, unetChannels: 16 };
const SEQUENCE = 77;

/** CLIP-shaped text encoder: input_ids int32 [batch, sequence] → last_hidden_state [batch, sequence, hidden], pooler_output. */
export function buildTextEncoder(sizes: TinySizes, seed: number): Uint8Array {
  const { hidden: H, vocabRows } = sizes;
  const g = new OnnxGraph("text_encoder", seed);
  const ids = g.input("input_ids", "int32", ["batch", "sequence"]);
  const rows = g.node("Mod", [g.node("Cast", [ids], { to: 7 }), g.int64([vocabRows])]);
  const tokens = g.node("Gather", [g.weight([vocabRows, H], 1), rows], { axis: 0 });
  const x = g.node("Add", [tokens, g.weight([SEQUENCE, H], 0.3)]);
  const h = g.node("Tanh", [g.node("Add", [g.node("MatMul", [x, g.weight([H, H], 0.5)]), g.weight([H], 0.1)])]);
  g.node("Add", [x, g.node("MatMul", [h, g.weight([H, H], 0.5)])], {}, "last_hidden_state");
  g.node("ReduceMean", ["last_hidden_state"], { axes: [1], keepdims: 0 }, "pooler_output");
  g.output("last_hidden_state", "float32", ["batch", "sequence", H]);
  g.output("pooler_output", "float32", ["batch", H]);
  return g.toBytes();
}

/** UNet-shaped noise predictor: sample, timestep [batch], encoder_hidden_states → out_sample (same shape as sample). */
export function buildUnet(sizes: TinySizes, seed: number, timestepType: "float32" | "int64" = "float32"): Uint8Array {
  const { hidden: H, unetChannels: C } = sizes;
  const g = new OnnxGraph("unet", seed);
  const sample = g.input("sample", "float32", ["batch", 4, "height", "width"]);
  const timestep = g.input("timestep", timestepType, ["batch"]);
  const context = g.input("encoder_hidden_states", "float32", ["batch", "sequence", H]);
  const t = timestepType === "float32" ? timestep : g.node("Cast", [timestep], { to: 1 });
  const freqs = Float32Array.from({ length: C }, (_, i) => Math.exp((-Math.log(10000) * i) / C));
  const timeEmbedding = g.node("Sin", [g.node("Mul", [g.node("Unsqueeze", [t, g.int64([1])]), g.constant([1, C], freqs)])]);
  const textEmbedding = g.node("MatMul", [g.node("ReduceMean", [context], { axes: [1], keepdims: 0 }), g.weight([H, C], 0.5)]);
  const embedding = g.node("Unsqueeze", [g.node("Add", [timeEmbedding, textEmbedding]), g.int64([2, 3])]);
  const conv1 = g.node("Conv", [sample, g.weight([C, 4, 3, 3], 0.3), g.weight([C], 0.1)], { pads: [1, 1, 1, 1] });
  const h = g.node("Tanh", [g.node("Add", [conv1, embedding])]);
  const conv2 = g.node("Conv", [h, g.weight([4, C, 3, 3], 0.1), g.weight([4], 0.05)], { pads: [1, 1, 1, 1] });
  g.node("Add", [g.node("Mul", [sample, g.constant([1], [0.9])]), conv2], {}, "out_sample");
  g.output("out_sample", "float32", ["batch", 4, "height", "width"]);
  return g.toBytes();
}

/** VAE decoder: latent_sample [batch, 4, h, w] → sample [batch, 3, 8h, 8w] in [-1, 1] (Conv, then DepthToSpace). */
export function buildVaeDecoder(seed: number): Uint8Array {
  const g = new OnnxGraph("vae_decoder", seed);
  const latent = g.input("latent_sample", "float32", ["batch", 4, "latent_height", "latent_width"]);
  const features = g.node("Conv", [latent, g.weight([192, 4, 1, 1], 0.6), g.weight([192], 0.2)]);
  g.node("Tanh", [g.node("DepthToSpace", [features], { blocksize: 8, mode: "CRD" })], {}, "sample");
  g.output("sample", "float32", ["batch", 3, "height", "width"]);
  return g.toBytes();
}

/** VAE encoder: sample [batch, 3, H, W] → latent_sample [batch, 4, H/8, W/8] (SpaceToDepth, then a 1×1 Conv). */
export function buildVaeEncoder(seed: number): Uint8Array {
  const g = new OnnxGraph("vae_encoder", seed);
  const image = g.input("sample", "float32", ["batch", 3, "height", "width"]);
  const blocks = g.node("SpaceToDepth", [image], { blocksize: 8 });
  g.node("Conv", [blocks, g.weight([4, 192, 1, 1], 0.2), g.weight([4], 0.05)], {}, "latent_sample");
  g.output("latent_sample", "float32", ["batch", 4, "latent_height", "latent_width"]);
  return g.toBytes();
}

/** TAESD-shaped preview decoder: latents → [batch, 3, 8h, 8w] in [0, 1] (Conv, Conv, Sigmoid, Resize ×8). */
export function buildTaesdDecoder(seed: number): Uint8Array {
  const g = new OnnxGraph("taesd_decoder", seed);
  const latent = g.input("latent_sample", "float32", ["batch", 4, "latent_height", "latent_width"]);
  const features = g.node("Tanh", [g.node("Conv", [latent, g.weight([8, 4, 3, 3], 0.4), g.weight([8], 0.1)], { pads: [1, 1, 1, 1] })]);
  const rgb = g.node("Conv", [features, g.weight([3, 8, 1, 1], 1), g.weight([3], 0.1)]);
  g.node("Resize", [g.node("Sigmoid", [rgb]), "", g.constant([4], [1, 1, 8, 8])], { mode: "nearest" }, "sample");
  g.output("sample", "float32", ["batch", 3, "height", "width"]);
  return g.toBytes();
}
