import { describe, expect, it } from "vitest";
import { selectHubFiles } from "./hub-files";
import { closestRepoLayout, detectRepoLayout } from "./repo-layout";

const listing = (files: string[]) => ({ siblings: files.map((rfilename) => ({ rfilename, size: 1 })) });

// The file lists of real repositories (abridged to what matters).
const WD_TAGGER = ["README.md", "config.json", "model.msgpack", "model.onnx", "model.safetensors", "selected_tags.csv", "sw_jax_cv_config.json"];
const XENOVA_CLIP = ["config.json", "merges.txt", "onnx/model.onnx", "onnx/text_model.onnx", "onnx/text_model_quantized.onnx", "onnx/vision_model.onnx",
  "onnx/vision_model_fp16.onnx", "preprocessor_config.json", "special_tokens_map.json", "tokenizer.json", "tokenizer_config.json", "vocab.json"];
const SD_ONNX = ["model_index.json", "text_encoder/model.onnx", "unet/model.onnx", "unet/weights.pb", "vae_decoder/model.onnx", "tokenizer/vocab.json", "README.md"];

describe("repository layouts", () => {
  it.each([
    [WD_TAGGER, "tagger"],
    [XENOVA_CLIP, "clip"],
    [SD_ONNX, "diffusers"],
    [[...SD_ONNX, "config.json", "model.onnx", "selected_tags.csv"], "diffusers"],
    [["model.onnx"], null],
    [["model.safetensors"], null],
  ])("%j is %s", (files, layout) => {
    expect(detectRepoLayout(files)).toBe(layout);
  });

  it("names the closest layout of an incomplete repository", () => {
    expect([["model.onnx"], ["onnx/text_model.onnx", "config.json"], ["model.safetensors"], []].map(closestRepoLayout)).toEqual(["tagger", "clip", "diffusers", "diffusers"]);
  });

  it("downloads only what each layout needs", () => {
    expect(selectHubFiles("SmilingWolf/wd-vit-tagger-v3", listing(WD_TAGGER))).toEqual({
      layout: "tagger",
      files: [{ path: "config.json", size: 1, sha256: null }, { path: "model.onnx", size: 1, sha256: null }, { path: "selected_tags.csv", size: 1, sha256: null }],
    });
    const clip = selectHubFiles("Xenova/clip-vit-base-patch32", listing(XENOVA_CLIP));
    expect(clip.layout).toBe("clip");
    expect(clip.files.map((f) => f.path)).toEqual(["config.json", "onnx/text_model.onnx", "onnx/vision_model.onnx", "preprocessor_config.json", "special_tokens_map.json", "tokenizer.json", "tokenizer_config.json"]);
    expect(selectHubFiles("o/sd", listing(SD_ONNX)).files.map((f) => f.path)).toEqual(SD_ONNX.filter((f) => f !== "README.md"));
  });

  it("says what an incomplete tagger or CLIP lacks, in both languages", () => {
    expect(() => selectHubFiles("o/t", listing(["model.onnx"]))).toThrow("o/t is not a complete WD-style tagger (missing selected_tags.csv).");
    const error = (() => {
      try {
        selectHubFiles("o/c", listing(["config.json", "onnx/text_model.onnx"]));
      } catch (e) {
        return e as Error & { messageZh: string };
      }
      return expect.unreachable();
    })();
    expect(error.message).toBe("o/c is not a complete CLIP model in the transformers.js layout (missing preprocessor_config.json, tokenizer.json, onnx/vision_model.onnx).");
    expect(error.messageZh).toBe("o/c 不是完整的 transformers.js 布局 CLIP 模型（缺少 preprocessor_config.json、tokenizer.json、onnx/vision_model.onnx）。");
  });
});
