import { upsample } from "./diffusion-layers";
import { NetBuilder, type NetOptions, type Tensor } from "./net-builder";

const WIDTH = 64;

/**
 * TAESD's decoder (madebyollin/taesd, 1.2M parameters): latents [batch, 4, h, w] → [batch, 3, 8h, 8w]. Clamp with
 * tanh, conv, then three rounds of three residual blocks and a ×2 upsampler, one more block and a conv to RGB.
 * Counted for a 64×64 latent.
 */
export function buildFullTaesdDecoder(options: NetOptions): NetBuilder {
  const n = new NetBuilder("taesd_decoder", options);
  const latent = n.input("latent_sample", "float32", ["batch", 4, "latent_height", "latent_width"], [1, 4, 64, 64]);
  const clamped = n.mul(n.op("Tanh", [n.mul(latent, n.scalar(1 / 3))], latent.shape), n.scalar(3));
  let x = n.relu(n.conv(clamped, WIDTH));
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 3; i++) x = block(n, x);
    x = upsample(n, x, { bias: false });
  }
  n.output(n.conv(block(n, x), 3), "sample", ["batch", 3, "height", "width"]);
  return n;
}

// conv, ReLU, conv, ReLU, conv; plus the input; ReLU.
function block(n: NetBuilder, x: Tensor): Tensor {
  const h = n.conv(n.relu(n.conv(n.relu(n.conv(x, WIDTH)), WIDTH)), WIDTH);
  return n.relu(n.add(h, x));
}
