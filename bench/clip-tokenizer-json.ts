import fs from "node:fs";
import path from "node:path";
import { readClipMerges } from "../lib/tokenizer/load.server";
import { bytesToUnicode } from "../lib/tokenizer/vocab";

/**
 * Writes a tokenizer.json in the openai/clip-vit-large-patch14 layout under `dir`, so transformers.js can load the
 * same vocabulary offline for the comparison.
 */
export function writeClipTokenizerJson(dir: string): string {
  const merges = readClipMerges().split("\n").slice(1, 49152 - 256 - 2 + 1);
  const { inOrder } = bytesToUnicode();
  const tokens = [...inOrder, ...inOrder.map((c) => c + "</w>"), ...merges.map((m) => m.replace(" ", "")), "<|startoftext|>", "<|endoftext|>"];
  const special = (id: number, content: string) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: true, special: true });
  const tokenizer = {
    version: "1.0", truncation: null, padding: null,
    added_tokens: [special(49406, "<|startoftext|>"), special(49407, "<|endoftext|>")],
    normalizer: { type: "Sequence", normalizers: [{ type: "NFC" }, { type: "Replace", pattern: { Regex: "\\s+" }, content: " " }, { type: "Lowercase" }] },
    pre_tokenizer: { type: "Sequence", pretokenizers: [
      { type: "Split", pattern: { Regex: "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+" }, behavior: "Removed", invert: true },
      { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: false }] },
    post_processor: { type: "RobertaProcessing", sep: ["<|endoftext|>", 49407], cls: ["<|startoftext|>", 49406], trim_offsets: false, add_prefix_space: false },
    decoder: { type: "ByteLevel", add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: { type: "BPE", dropout: null, unk_token: "<|endoftext|>", continuing_subword_prefix: "", end_of_word_suffix: "</w>", fuse_unk: false,
      byte_fallback: false, vocab: Object.fromEntries(tokens.map((t, i) => [t, i])), merges },
  };
  const config = { tokenizer_class: "CLIPTokenizer", model_max_length: 77, bos_token: "<|startoftext|>", eos_token: "<|endoftext|>",
    pad_token: "<|endoftext|>", unk_token: "<|endoftext|>", do_lower_case: true, add_prefix_space: false };
  const modelDir = path.join(dir, "openai", "clip-vit-large-patch14");
  fs.mkdirSync(modelDir, { recursive: true });
  fs.writeFileSync(path.join(modelDir, "tokenizer.json"), JSON.stringify(tokenizer));
  fs.writeFileSync(path.join(modelDir, "tokenizer_config.json"), JSON.stringify(config));
  return "openai/clip-vit-large-patch14";
}
