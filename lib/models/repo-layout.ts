/**
 * The kinds of model repository `models pull` and `models add` understand: a Stable Diffusion ONNX export in the
 * Optimum/diffusers layout, a WD-style image tagger (SmilingWolf's model.onnx + selected_tags.csv), or a CLIP model in
 * the transformers.js layout (onnx/text_model.onnx + onnx/vision_model.onnx + tokenizer and processor configs).
 */
export type RepoLayout = "diffusers" | "tagger" | "clip";

interface LayoutSpec {
  /** The files worth downloading; everything else (PyTorch weights, other precisions, READMEs) stays behind. */
  wanted: RegExp;
  required: string[];
}

/** What each layout downloads and needs. */
export const REPO_LAYOUTS: Record<RepoLayout, LayoutSpec> = {
  diffusers: {
    wanted: /^(model_index\.json|taesd_decoder\.onnx|(text_encoder|unet|vae_decoder|vae_encoder|scheduler|tokenizer|taesd)\/[^/]+)$/,
    required: ["text_encoder/model.onnx", "unet/model.onnx", "vae_decoder/model.onnx"],
  },
  tagger: {
    wanted: /^(model\.onnx|model\.onnx_data|selected_tags\.csv|config\.json)$/,
    required: ["model.onnx", "selected_tags.csv"],
  },
  // Only the float32 files: transformers.js names other precisions text_model_fp16.onnx, vision_model_quantized.onnx …
  clip: {
    wanted: /^(config\.json|preprocessor_config\.json|tokenizer\.json|tokenizer_config\.json|special_tokens_map\.json|onnx\/(text|vision)_model\.onnx(_data)?)$/,
    required: ["config.json", "preprocessor_config.json", "tokenizer.json", "onnx/text_model.onnx", "onnx/vision_model.onnx"],
  },
};

/**
 * The layout a repository or folder is in, from the paths of its files ("/"-separated), or null when it is none of them.
 * A diffusers export wins over the rest (such repositories may also carry a top-level config.json).
 * @example detectRepoLayout(["model.onnx", "selected_tags.csv", "README.md"]) // "tagger"
 */
export function detectRepoLayout(paths: readonly string[]): RepoLayout | null {
  const have = new Set(paths);
  for (const layout of ["diffusers", "tagger", "clip"] as const) {
    if (REPO_LAYOUTS[layout].required.every((f) => have.has(f))) return layout;
  }
  return null;
}

/**
 * The layout the files come closest to (the most required files present; diffusers on a tie or with none), so that
 * an incomplete repository is described by what it lacks.
 * @example closestRepoLayout(["model.onnx"]) // "tagger"
 */
export function closestRepoLayout(paths: readonly string[]): RepoLayout {
  const have = new Set(paths);
  const score = (layout: RepoLayout) => REPO_LAYOUTS[layout].required.filter((f) => have.has(f)).length;
  return (["tagger", "clip"] as const).reduce<RepoLayout>((best, layout) => (score(layout) > score(best) ? layout : best), "diffusers");
}
