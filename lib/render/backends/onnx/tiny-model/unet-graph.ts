import { attention, gegluFeedForward, resnetBlock, toImage, toTokens, upsample } from "./diffusion-layers";
import { NetBuilder, type NetOptions, type Tensor } from "./net-builder";

/** A UNet2DConditionModel's shape, in diffusers' terms (camelCased). */
export interface UnetConfig {
  /** block_out_channels: [320, 640, 1280, 1280] in SD 1.x and 2.x. */
  blockChannels: number[];
  layersPerBlock: number;
  /** The text encoder's width the cross-attention reads: 768 (SD 1.x) or 1024 (SD 2.x). */
  crossAttentionDim: number;
  /** Attention heads per down block (SD 1.x: 8 everywhere; SD 2.x: width / 64); the mid block takes the last. */
  heads: number[];
  /** Which down blocks have transformers (the up blocks mirror them): SD's last down block has none. */
  attention: boolean[];
  /** SD 2.x projects into and out of the transformers with Linear layers, SD 1.x with 1×1 convs. */
  linearProjection: boolean;
  normGroups: number;
  /** The timestep input's element type: Optimum exports int64, diffusers' converter float32. */
  timestepType: "float32" | "int64";
}

/** The nominal input a build counts FLOPs for: 64×64 latents (a 512×512 image), batch 1, 77 context tokens. */
export interface UnetNominal {
  batch: number;
  height: number;
  width: number;
  tokens: number;
}

const NOMINAL: UnetNominal = { batch: 1, height: 64, width: 64, tokens: 77 };

/**
 * A full UNet2DConditionModel as Optimum exports it: sample [batch, 4, h, w], timestep [batch] and
 * encoder_hidden_states [batch, sequence, crossAttentionDim] → out_sample. Returns the builder (params, flops, bytes).
 */
export function buildFullUnet(config: UnetConfig, options: NetOptions, nominal: UnetNominal = NOMINAL): NetBuilder {
  const n = new NetBuilder("unet", options);
  const { batch, height, width, tokens } = nominal;
  const sample = n.input("sample", "float32", ["batch", 4, "height", "width"], [batch, 4, height, width]);
  const timestep = n.input("timestep", config.timestepType, ["batch"], [batch]);
  const context = n.input("encoder_hidden_states", "float32", ["batch", "sequence", config.crossAttentionDim], [batch, tokens, config.crossAttentionDim]);
  const temb = timeEmbedding(n, timestep, config);
  const resnet = (x: Tensor, out: number) => resnetBlock(n, x, out, { groups: config.normGroups, epsilon: 1e-5, timeEmbedding: temb });
  const transformer = (x: Tensor, heads: number) => transformerBlock(n, x, context, heads, config);
  const last = config.blockChannels.length - 1;

  let x = n.conv(sample, config.blockChannels[0]);
  const skips = [x];
  config.blockChannels.forEach((out, i) => {
    for (let j = 0; j < config.layersPerBlock; j++) {
      x = resnet(x, out);
      if (config.attention[i]) x = transformer(x, config.heads[i]);
      skips.push(x);
    }
    if (i < last) skips.push((x = n.conv(x, out, { stride: 2 })));
  });
  x = resnet(transformer(resnet(x, config.blockChannels[last]), config.heads[last]), config.blockChannels[last]);
  [...config.blockChannels].reverse().forEach((out, i) => {
    const block = last - i;
    for (let j = 0; j <= config.layersPerBlock; j++) {
      const skip = skips.pop()!;
      x = resnet(n.op("Concat", [x, skip], [x.shape[0], x.shape[1] + skip.shape[1], ...x.shape.slice(2)], { axis: 1 }), out);
      if (config.attention[block]) x = transformer(x, config.heads[block]);
    }
    if (i < last) x = upsample(n, x);
  });
  const out = n.conv(n.silu(n.groupNorm(x, config.normGroups, 1e-5)), 4);
  n.output(out, "out_sample", ["batch", 4, "height", "width"]);
  return n;
}

// Sinusoidal timestep features (cos first: flip_sin_to_cos), then Linear, SiLU, Linear to 4 × the first block's width.
function timeEmbedding(n: NetBuilder, timestep: Tensor, config: UnetConfig): Tensor {
  const features = config.blockChannels[0];
  const half = features / 2;
  const [batch] = timestep.shape;
  const t = config.timestepType === "float32" ? timestep : n.op("Cast", [timestep], timestep.shape, { to: 1 });
  const frequencies = Float32Array.from({ length: half }, (_, i) => Math.exp((-Math.log(10000) * i) / half));
  const angles = n.mul(n.op("Unsqueeze", [t, n.int64([1])], [batch, 1]), n.constant([1, half], frequencies));
  const sinusoid = n.op("Concat", [n.op("Cos", [angles], [batch, half]), n.op("Sin", [angles], [batch, half])], [batch, features], { axis: -1 });
  return n.linear(n.silu(n.linear(sinusoid, 4 * features)), 4 * features);
}

// Transformer2DModel with one BasicTransformerBlock: self-attention, cross-attention, GEGLU feed-forward.
function transformerBlock(n: NetBuilder, x: Tensor, context: Tensor, heads: number, config: UnetConfig): Tensor {
  const c = x.shape[1];
  const normed = n.groupNorm(x, config.normGroups, 1e-6);
  let t = config.linearProjection ? n.linear(toTokens(n, normed), c) : toTokens(n, n.conv(normed, c, { kernel: 1 }));
  t = n.add(t, attention(n, n.layerNorm(t), { heads }));
  t = n.add(t, attention(n, n.layerNorm(t), { heads, context }));
  t = n.add(t, gegluFeedForward(n, n.layerNorm(t)));
  const out = config.linearProjection ? toImage(n, n.linear(t, c), x) : n.conv(toImage(n, t, x), c, { kernel: 1 });
  return n.add(out, x);
}
