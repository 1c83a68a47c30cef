import fs from "node:fs";
import path from "node:path";
import { OnnxGraph } from "../../../render/backends/onnx/tiny-model/onnx-graph";
import { readClipMerges } from "../../../tokenizer/load.server";
import { buildClipVocab, END_TOKEN, START_TOKEN } from "../../../tokenizer/vocab";

/** The tiny CLIP's image size (the real ones take 224). */
export const TINY_CLIP_SIZE = 32;

// CLIP's own normalisation, as preprocessor_config.json states it.
const MEAN = [0.48145466, 0.4578275, 0.40821073];
const STD = [0.26862954, 0.26130258, 0.27577711];

/**
 * Writes a tiny CLIP in the transformers.js layout (config.json, preprocessor_config.json, tokenizer.json,
 * tokenizer_config.json, onnx/text_model.onnx, onnx/vision_model.onnx). Its embeddings have three dimensions, one
 * per colour: the image embedding is the normalised mean colour (R, G, B); a text embedding is the mean of its
 * tokens' rows, where "red", "green" and "blue" point along their colour and the start token adds a little of each.
 * So a red image is closest to texts that say "red". Returns the files written.
 */
export function writeTinyClip(folder: string): string[] {
  const vocab = buildClipVocab(readClipMerges());
  const files: Record<string, Uint8Array | object> = {
    "config.json": {
      architectures: ["CLIPModel"], model_type: "clip", projection_dim: 3, logit_scale_init_value: 2.6592,
      text_config: { model_type: "clip_text_model", hidden_size: 3, projection_dim: 3, vocab_size: vocab.decoder.length, max_position_embeddings: 77 },
      vision_config: { model_type: "clip_vision_model", hidden_size: 3, projection_dim: 3, image_size: TINY_CLIP_SIZE, patch_size: TINY_CLIP_SIZE },
    },
    "preprocessor_config.json": {
      image_processor_type: "CLIPImageProcessor", feature_extractor_type: "CLIPFeatureExtractor", processor_class: "CLIPProcessor",
      do_resize: true, size: { shortest_edge: TINY_CLIP_SIZE }, resample: 3, do_center_crop: true, crop_size: { height: TINY_CLIP_SIZE, width: TINY_CLIP_SIZE },
      do_rescale: true, rescale_factor: 1 / 255, do_normalize: true, image_mean: MEAN, image_std: STD, do_convert_rgb: true,
    },
    ...clipTokenizerFiles(vocab.decoder, [...vocab.ranks.keys()]),
    "onnx/text_model.onnx": buildTextModel(vocab.encoder),
    "onnx/vision_model.onnx": buildVisionModel(),
  };
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content instanceof Uint8Array ? content : JSON.stringify(content));
  }
  return Object.keys(files).sort();
}

function buildTextModel(encoder: Map<string, number>): Uint8Array {
  const g = new OnnxGraph("tiny-clip-text", 1);
  const ids = g.input("input_ids", "int64", ["batch_size", "sequence_length"]);
  const rows = new Float32Array(encoder.size * 3);
  rows.set([0.1, 0.1, 0.1], START_TOKEN * 3);
  ["red", "green", "blue"].forEach((word, c) => (rows[encoder.get(`${word}</w>`)! * 3 + c] = 1));
  const hidden = g.node("Gather", [g.constant([encoder.size, 3], rows), ids], { axis: 0 }, "last_hidden_state");
  g.node("ReduceMean", [hidden], { axes: [1], keepdims: 0 }, "text_embeds");
  g.output("text_embeds", "float32", ["batch_size", 3]);
  g.output("last_hidden_state", "float32", ["batch_size", "sequence_length", 3]);
  return g.toBytes();
}

function buildVisionModel(): Uint8Array {
  const g = new OnnxGraph("tiny-clip-vision", 2);
  const pixels = g.input("pixel_values", "float32", ["batch_size", 3, TINY_CLIP_SIZE, TINY_CLIP_SIZE]);
  g.node("ReduceMean", [pixels], { axes: [2, 3], keepdims: 0 }, "image_embeds");
  g.output("image_embeds", "float32", ["batch_size", 3]);
  return g.toBytes();
}

// tokenizer.json in the openai/clip-vit-* layout, which transformers.js and the tokenizers library load offline.
function clipTokenizerFiles(tokens: string[], merges: string[]): Record<string, object> {
  const special = (id: number, content: string) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: true, special: true });
  const tokenizer = {
    version: "1.0", truncation: null, padding: null,
    added_tokens: [special(START_TOKEN, "<|startoftext|>"), special(END_TOKEN, "<|endoftext|>")],
    normalizer: { type: "Sequence", normalizers: [{ type: "NFC" }, { type: "Replace", pattern: { Regex: "\\s+" }, content: " " }, { type: "Lowercase" }] },
    pre_tokenizer: { type: "Sequence", pretokenizers: [
      { type: "Split", pattern: { Regex: "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+" }, behavior: "Removed", invert: true },
      { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: false }] },
    post_processor: { type: "RobertaProcessing", sep: ["<|endoftext|>", END_TOKEN], cls: ["<|startoftext|>", START_TOKEN], trim_offsets: false, add_prefix_space: false },
    decoder: { type: "ByteLevel", add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: { type: "BPE", dropout: null, unk_token: "<|endoftext|>", continuing_subword_prefix: "", end_of_word_suffix: "</w>", fuse_unk: false,
      byte_fallback: false, vocab: Object.fromEntries(tokens.map((t, i) => [t, i])), merges },
  };
  const config = { tokenizer_class: "CLIPTokenizer", model_max_length: 77, bos_token: "<|startoftext|>", eos_token: "<|endoftext|>",
    pad_token: "<|endoftext|>", unk_token: "<|endoftext|>", do_lower_case: true, add_prefix_space: false };
  return { "tokenizer.json": tokenizer, "tokenizer_config.json": config };
}
