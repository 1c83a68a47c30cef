import { attention } from "./diffusion-layers";
import { NetBuilder, type NetOptions } from "./net-builder";

/** A CLIPTextModel's shape: ViT-L/14's text tower in SD 1.x, OpenCLIP ViT-H's (23 of its 24 layers) in SD 2.x. */
export interface ClipTextConfig {
  hidden: number;
  layers: number;
  heads: number;
  intermediate: number;
  activation: "quick_gelu" | "gelu";
}

const VOCABULARY = 49408;
const TOKENS = 77;

/**
 * A full CLIP text encoder as Optimum exports it: input_ids int32 [batch, sequence] → last_hidden_state
 * [batch, sequence, hidden] (after the final LayerNorm) and pooler_output [batch, hidden] (the end-of-text token's).
 * Counted for batch 1 × 77 tokens.
 */
export function buildFullTextEncoder(config: ClipTextConfig, options: NetOptions): NetBuilder {
  const { hidden } = config;
  const n = new NetBuilder("text_encoder", options);
  const ids = n.input("input_ids", "int32", ["batch", "sequence"], [1, TOKENS]);
  const tokens = n.op("Gather", [n.weight([VOCABULARY, hidden], 1), n.op("Cast", [ids], ids.shape, { to: 7 })], [1, TOKENS, hidden], { axis: 0 });
  let x = n.add(tokens, n.weight([TOKENS, hidden], 1));
  // Causal mask: token i sees tokens ≤ i (transformers fills the rest with the float32 minimum).
  const mask = n.constant([TOKENS, TOKENS], Float32Array.from({ length: TOKENS * TOKENS }, (_, i) => (i % TOKENS > Math.floor(i / TOKENS) ? -3.4028234663852886e38 : 0)));
  for (let layer = 0; layer < config.layers; layer++) {
    x = n.add(x, attention(n, n.layerNorm(x), { heads: config.heads, qkvBias: true, mask }));
    const up = n.linear(n.layerNorm(x), config.intermediate);
    x = n.add(x, n.linear(config.activation === "gelu" ? n.gelu(up) : n.quickGelu(up), hidden));
  }
  const last = n.layerNorm(x);
  n.output(last, "last_hidden_state", ["batch", "sequence", hidden]);
  // The pooled token: where the highest id (end of text, 49407) first stands.
  const position = n.op("ArgMax", [ids], [1, 1], { axis: -1, keepdims: 1 });
  const index = n.op("Expand", [n.op("Unsqueeze", [position, n.int64([2])], [1, 1, 1]), n.int64([1, 1, hidden])], [1, 1, hidden]);
  const pooled = n.op("GatherElements", [last, index], [1, 1, hidden], { axis: 1 });
  n.output(n.op("Squeeze", [pooled, n.int64([1])], [1, hidden]), "pooler_output", ["batch", hidden]);
  return n;
}
