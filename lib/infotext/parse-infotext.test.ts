import { describe, expect, it } from "vitest";
import { formatInfotext } from "./format-infotext";
import { parseInfotext } from "./parse-infotext";
import { compareVersions, parseVersion } from "./pep440";

// The tutorial's own example (section 2.4).
const TUTORIAL = `masterpiece, best quality, 1girl, (blue eyes:1.2)
Negative prompt: lowres, bad anatomy
Steps: 30, Sampler: DPM++ 2M Karras, CFG scale: 6, Seed: 1015468391, Size: 500x500, Model hash: d7465e52e1, Model: ghostmix_v12, Version: v1.2.1`;

const DEFAULTS = {
  "Clip skip": "1", "Hires resize-1": 0, "Hires resize-2": 0, "Hires sampler": "Use same sampler", "Hires schedule type": "Use same scheduler",
  "Hires checkpoint": "Use same checkpoint", "Hires prompt": "", "Hires negative prompt": "", "Mask mode": "Inpaint masked",
  "Masked content": "original", "Inpaint area": "Whole picture", "Masked area padding": 32, RNG: "GPU", "Schedule type": "Automatic",
  "Schedule max sigma": 0, "Schedule min sigma": 0, "Schedule rho": 0, "VAE Encoder": "Full", "VAE Decoder": "Full", "FP8 weight": "Disable",
  "Refiner switch by sampling steps": false,
};

describe("parseInfotext (A1111 parse_generation_parameters)", () => {
  it("reads the tutorial's example with A1111's defaults and back-compat flags", () => {
    expect(parseInfotext(TUTORIAL)).toEqual({
      ...DEFAULTS,
      Prompt: "masterpiece, best quality, 1girl, (blue eyes:1.2)", "Negative prompt": "lowres, bad anatomy",
      Steps: "30", Sampler: "DPM++ 2M Karras", "CFG scale": "6", Seed: "1015468391", "Size-1": "500", "Size-2": "500",
      "Model hash": "d7465e52e1", Model: "ghostmix_v12", Version: "v1.2.1",
      Emphasis: "Original", "Downcast alphas_cumprod": true,
    });
  });

  it("round-trips through formatInfotext", () => {
    const params = parseInfotext(TUTORIAL);
    const text = formatInfotext(String(params.Prompt), String(params["Negative prompt"]), {
      Steps: 30, Sampler: "DPM++ 2M Karras", "CFG scale": 6, Seed: 1015468391, Size: "500x500", "Model hash": "d7465e52e1", Model: "ghostmix_v12", Version: "v1.2.1",
    });
    expect(text).toBe(TUTORIAL);
  });

  it("unquotes JSON values and keeps Lora/TI hashes", () => {
    const p = parseInfotext('a\nSteps: 20, Sampler: Euler a, Lora hashes: "style: abc123, other: def456", TI hashes: "x: 1", Hires upscale: 2, Hires upscaler: Latent');
    expect(p["Lora hashes"]).toBe("style: abc123, other: def456");
    expect(p["TI hashes"]).toBe("x: 1");
    expect(p["Hires upscale"]).toBe("2");
  });

  it("treats a last line with fewer than 3 parameters as prompt text", () => {
    const p = parseInfotext("a cat\nSteps: 20, Seed: 1");
    expect(p.Prompt).toBe("a cat\nSteps: 20, Seed: 1");
    expect(p.Steps).toBeUndefined();
  });

  it("skips empty values, as A1111 does", () => {
    const p = parseInfotext("x\nSteps: 20, Sampler: , CFG scale: 7, Seed: 3");
    expect(p.Sampler).toBeUndefined();
    expect(p["CFG scale"]).toBe("7");
  });

  it("converts an old First pass size into a hires resize", () => {
    const p = parseInfotext("x\nSteps: 20, Size: 1024x1024, First pass size: 0x0, Seed: 1");
    expect([p["Size-1"], p["Size-2"], p["Hires resize-1"], p["Hires resize-2"]]).toEqual([512, 512, 1024, 1024]);
  });

  it("clears a hires prompt equal to the main prompt (A1111 ≥ 1.8)", () => {
    const p = parseInfotext('cat\nSteps: 20, Seed: 1, Hires prompt: cat, Hires upscale: 2, Version: v1.10.1');
    expect(p["Hires prompt"]).toBe("");
  });

  it("adds the hypernet to the prompt and sets Emphasis only when weights are used", () => {
    expect(parseInfotext("a\nSteps: 1, Seed: 2, Hypernet: h, Hypernet strength: 0.5").Prompt).toBe("a<hypernet:h:0.5>");
    expect(parseInfotext("plain\nSteps: 1, Seed: 2, Size: 1x1").Emphasis).toBeUndefined();
  });

  it("never throws on garbage", () => {
    for (const t of ["", "\n\n", ":::", '"', "Negative prompt:", "a: b: c: d", "\u0000".repeat(10)]) expect(() => parseInfotext(t)).not.toThrow();
  });
});

describe("PEP 440 ordering of A1111 versions", () => {
  it("orders post and pre releases as packaging does", () => {
    const order = ["1.6.0rc1", "1.6.0", "v1.6.0-2", "v1.7.0", "v1.7.0-225", "1.8.0", "1.8.0-139", "v1.10.1"];
    for (let i = 0; i + 1 < order.length; i++) expect(compareVersions(parseVersion(order[i])!, parseVersion(order[i + 1])!)).toBeLessThan(0);
    expect(parseVersion("f2.0.1v1.10.1-previous")).toBeNull();
  });
});
