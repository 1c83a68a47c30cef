import { describe, expect, it } from "vitest";
import { modelName, ParamWriter, paramText } from "./param-writer";

describe("ParamWriter", () => {
  it("writes values as text and leaves empty ones out", () => {
    const w = new ParamWriter();
    w.set("Steps", 20);
    w.set("Hires", false);
    w.set("Empty", "");
    w.set("Python None", "None");
    w.set("Nothing", null);
    w.set("Loras", [{ name: "x", weight: 0.5 }]);
    w.set("No loras", []);
    w.setSize(512, undefined);
    w.setSize(512, 768);
    w.keepOthers({ Steps: 99, other: "kept", __proto__: "ignored" } as Record<string, unknown>, ["Steps"]);
    expect(w.params).toEqual({ Steps: "20", Hires: "false", Loras: '[{"name":"x","weight":0.5}]', "Size-1": "512", "Size-2": "768", other: "kept" });
  });

  it("keeps a key named __proto__ from a file as a plain key", () => {
    const w = new ParamWriter();
    w.keepOthers(JSON.parse('{"__proto__": "x"}') as Record<string, unknown>, []);
    expect(Object.getPrototypeOf(w.params)).toBe(Object.prototype);
    expect(Object.keys(w.params)).toEqual(["__proto__"]);
  });

  it("paramText and modelName", () => {
    expect([paramText(1.5), paramText("a"), paramText({}), paramText(undefined)]).toEqual(["1.5", "a", undefined, undefined]);
    expect(modelName("SDXL/juggernautXL_v9.safetensors")).toBe("juggernautXL_v9");
    expect(modelName("C:\\models\\v1-5-pruned.ckpt")).toBe("v1-5-pruned");
    expect(modelName("stable-diffusion-1.5")).toBe("stable-diffusion-1.5");
  });
});
