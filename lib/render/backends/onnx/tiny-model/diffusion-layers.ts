import type { NetBuilder, Tensor } from "./net-builder";

/** [B, C, H, W] → [B, H·W, C]: an image's pixels as tokens. */
export function toTokens(n: NetBuilder, x: Tensor): Tensor {
  const [b, c, h, w] = x.shape;
  const last = n.op("Transpose", [x], [b, h, w, c], { perm: [0, 2, 3, 1] });
  return n.op("Reshape", [last, n.int64([0, -1, c])], [b, h * w, c]);
}

/** [B, H·W, C] → [B, C, H, W] in the shape of `like`. */
export function toImage(n: NetBuilder, tokens: Tensor, like: Tensor): Tensor {
  const [b, len, c] = tokens.shape;
  const channelsFirst = n.op("Transpose", [tokens], [b, c, len], { perm: [0, 2, 1] });
  return n.op("Reshape", [channelsFirst, n.op("Shape", [like], [4])], like.shape);
}

/** Settings of one attention layer. */
export interface AttentionOptions {
  heads: number;
  /** Keys and values from here (cross-attention); self-attention without. */
  context?: Tensor;
  /** Biases on the q, k and v projections (CLIP and the VAE have them, the UNet not). */
  qkvBias?: boolean;
  /** A constant added to the scores (CLIP's causal mask). */
  mask?: string;
}

/** Multi-head scaled dot-product attention on tokens [B, N, C] as diffusers and transformers export it. */
export function attention(n: NetBuilder, x: Tensor, options: AttentionOptions): Tensor {
  const { heads, context = x, qkvBias = false } = options;
  const [b, len, c] = x.shape;
  const m = context.shape[1];
  const d = c / heads;
  const q = n.linear(x, c, qkvBias);
  const k = n.linear(context, c, qkvBias);
  const v = n.linear(context, c, qkvBias);
  const split = (t: Tensor, tokens: number) => n.op("Reshape", [t, n.int64([0, 0, heads, d])], [b, tokens, heads, d]);
  const qh = n.op("Transpose", [split(q, len)], [b, heads, len, d], { perm: [0, 2, 1, 3] });
  const kt = n.op("Transpose", [split(k, m)], [b, heads, d, m], { perm: [0, 2, 3, 1] });
  const vh = n.op("Transpose", [split(v, m)], [b, heads, m, d], { perm: [0, 2, 1, 3] });
  let scores = n.mul(n.matmul(qh, kt, [b, heads, len, m]), n.scalar(1 / Math.sqrt(d)));
  if (options.mask) scores = n.add(scores, options.mask);
  const weighted = n.matmul(n.op("Softmax", [scores], scores.shape, { axis: -1 }), vh, [b, heads, len, d]);
  const merged = n.op("Transpose", [weighted], [b, len, heads, d], { perm: [0, 2, 1, 3] });
  return n.linear(n.op("Reshape", [merged, n.int64([0, 0, c])], [b, len, c]), c);
}

/** diffusers' FeedForward with GEGLU: Linear(C → 2·4C), split, a · gelu(gate), Linear(4C → C). */
export function gegluFeedForward(n: NetBuilder, x: Tensor): Tensor {
  const c = x.shape[x.shape.length - 1];
  const inner = 4 * c;
  const projected = n.linear(x, 2 * inner);
  const shape = [...x.shape.slice(0, -1), inner];
  const [a, gate] = n.graph.nodeOutputs("Split", [projected.name, n.int64([inner, inner])], 2, { axis: -1 });
  const gated = n.mul({ name: a, shape }, n.gelu({ name: gate, shape }));
  return n.linear(gated, c);
}

/** A residual block of the VAE and the UNet: GroupNorm, SiLU, 3×3 conv, twice; the time embedding added in between. */
export function resnetBlock(n: NetBuilder, x: Tensor, out: number, options: { groups: number; epsilon: number; timeEmbedding?: Tensor }): Tensor {
  const { groups, epsilon, timeEmbedding } = options;
  let h = n.conv(n.silu(n.groupNorm(x, groups, epsilon)), out);
  if (timeEmbedding) {
    const projected = n.linear(n.silu(timeEmbedding), out);
    h = n.add(h, n.op("Unsqueeze", [projected, n.int64([2, 3])], [projected.shape[0], out, 1, 1]));
  }
  h = n.conv(n.silu(n.groupNorm(h, groups, epsilon)), out);
  const shortcut = x.shape[1] === out ? x : n.conv(x, out, { kernel: 1 });
  return n.add(shortcut, h);
}

/** Nearest-neighbour ×2 (torch's F.interpolate as exported), then a 3×3 conv: the UNet's and the VAE's upsampler. */
export function upsample(n: NetBuilder, x: Tensor, options: { bias?: boolean } = {}): Tensor {
  const [b, c, h, w] = x.shape;
  const attributes = { mode: "nearest", coordinate_transformation_mode: "asymmetric", nearest_mode: "floor" };
  const up = n.op("Resize", [x, "", n.constant([4], [1, 1, 2, 2])], [b, c, 2 * h, 2 * w], attributes);
  return n.conv(up, c, { bias: options.bias });
}
