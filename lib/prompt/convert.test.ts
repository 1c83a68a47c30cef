import { describe, expect, it } from "vitest";
import { convertPrompt } from "./convert";

describe("convertPrompt", () => {
  it("A1111 → NovelAI uses {} ×1.05 and [] ÷1.05", () => {
    expect(convertPrompt("(cat:1.1), [dog]", "a1111", "novelai")).toEqual({ text: "{{cat}}, [[dog]]", negative: undefined, warnings: [] });
  });

  it("NovelAI → A1111 turns nesting into explicit weights and escapes literal parentheses", () => {
    expect(convertPrompt("{{cat}}, [dog], (x)", "novelai", "a1111").text).toBe("(cat:1.1), (dog:0.95), \\(x\\)");
  });

  it("A1111 → ComfyUI rewrites [x] as a weight and reports what ComfyUI lacks", () => {
    const out = convertPrompt("(cat:1.2), [dog], [a:b:5], [x|y], <lora:s:1> BREAK z", "a1111", "comfyui");
    expect(out.text).toBe("(cat:1.2), (dog:0.91), b, x, z");
    expect(out.warnings.map((w) => w.code)).toEqual(["extra_network_dropped", "editing_dropped", "alternation_dropped", "break_dropped"]);
  });

  it("ComfyUI → A1111 escapes square brackets, which are literal in ComfyUI", () => {
    expect(convertPrompt("(cat:1.2) [x]", "comfyui", "a1111").text).toBe("(cat:1.2) \\[x\\]");
  });

  it("A1111 ⇄ Midjourney maps weights to :: and the negative to --no", () => {
    expect(convertPrompt("cat, (dog:2)", "a1111", "midjourney", "blurry, (text:1.2)").text).toBe("cat::1 dog::2 --no blurry, text");
    const back = convertPrompt("a cat::2 dog::-0.5 --no blur, text --ar 16:9", "midjourney", "a1111");
    expect(back).toEqual({ text: "(a cat:2), (dog:-0.5)", negative: "blur, text", warnings: [{ code: "parameter_dropped", source: "--ar 16:9" }] });
  });

  it("warns when NovelAI cannot express a weight closely", () => {
    expect(convertPrompt("(cat:0)", "a1111", "novelai").warnings.map((w) => w.code)).toEqual(["weight_rounded"]);
  });
});
