import { attention, resnetBlock, toImage, toTokens, upsample } from "./diffusion-layers";
import { NetBuilder, type NetOptions, type Tensor } from "./net-builder";

/** An AutoencoderKL's shape: SD's has block_out_channels [128, 256, 512, 512], 2 layers per block, 4 latent channels. */
export interface VaeConfig {
  blockChannels: number[];
  layersPerBlock: number;
  normGroups: number;
}

const EPSILON = 1e-6;

/**
 * The VAE decoder as Optimum exports it (post_quant_conv included): latent_sample [batch, 4, h, w] → sample
 * [batch, 3, 8h, 8w]. Counted for a 64×64 latent (a 512×512 image).
 */
export function buildFullVaeDecoder(config: VaeConfig, options: NetOptions): NetBuilder {
  const n = new NetBuilder("vae_decoder", options);
  const channels = [...config.blockChannels].reverse();
  const latent = n.input("latent_sample", "float32", ["batch", 4, "latent_height", "latent_width"], [1, 4, 64, 64]);
  let x = midBlock(n, n.conv(n.conv(latent, 4, { kernel: 1 }), channels[0]), config);
  channels.forEach((out, i) => {
    for (let j = 0; j <= config.layersPerBlock; j++) x = resnetBlock(n, x, out, { groups: config.normGroups, epsilon: EPSILON });
    if (i < channels.length - 1) x = upsample(n, x);
  });
  n.output(n.conv(n.silu(n.groupNorm(x, config.normGroups, EPSILON)), 3), "sample", ["batch", 3, "height", "width"]);
  return n;
}

/**
 * The VAE encoder as newer Optimum exports it (quant_conv included): sample [batch, 3, H, W] → latent_parameters
 * [batch, 8, H/8, W/8], the mean's 4 channels then the log-variance's. Counted for a 512×512 image.
 */
export function buildFullVaeEncoder(config: VaeConfig, options: NetOptions): NetBuilder {
  const n = new NetBuilder("vae_encoder", options);
  const image = n.input("sample", "float32", ["batch", 3, "height", "width"], [1, 3, 512, 512]);
  let x = n.conv(image, config.blockChannels[0]);
  config.blockChannels.forEach((out, i) => {
    for (let j = 0; j < config.layersPerBlock; j++) x = resnetBlock(n, x, out, { groups: config.normGroups, epsilon: EPSILON });
    // diffusers pads right and bottom by one, then convolves with stride 2 and no padding.
    if (i < config.blockChannels.length - 1) x = n.conv(x, out, { stride: 2, pads: [0, 0, 1, 1] });
  });
  x = midBlock(n, x, config);
  const moments = n.conv(n.silu(n.groupNorm(x, config.normGroups, EPSILON)), 8);
  n.output(n.conv(moments, 8, { kernel: 1 }), "latent_parameters", ["batch", 8, "latent_height", "latent_width"]);
  return n;
}

// Resnet, single-head self-attention over the pixels, resnet.
function midBlock(n: NetBuilder, x: Tensor, config: VaeConfig): Tensor {
  const c = x.shape[1];
  const resnet = (h: Tensor) => resnetBlock(n, h, c, { groups: config.normGroups, epsilon: EPSILON });
  const before = resnet(x);
  const attended = attention(n, toTokens(n, n.groupNorm(before, config.normGroups, EPSILON)), { heads: 1, qkvBias: true });
  return resnet(n.add(toImage(n, attended, before), before));
}
