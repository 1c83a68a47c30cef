import { describe, expect, it } from "vitest";
import { backendChoiceOf, laneOf, parseBackendChoice } from "./backend-choice";

describe("the backend a job travels with", () => {
  it("comes from the settings, names its lane and reads back from JSON", () => {
    const settings = { backend: "comfyui" as const, a1111Url: "http://a:7860", comfyUrl: "http://127.0.0.1:8188" };
    const choice = backendChoiceOf(settings);
    expect(choice).toEqual({ kind: "comfyui", url: "http://127.0.0.1:8188" });
    expect(laneOf(choice)).toBe("comfyui http://127.0.0.1:8188");
    expect(backendChoiceOf({ ...settings, backend: "a1111" })).toEqual({ kind: "a1111", url: "http://a:7860" });
    expect(laneOf(backendChoiceOf({ ...settings, backend: "onnx" }))).toBe("onnx");
    expect(parseBackendChoice(JSON.parse(JSON.stringify(choice)))).toEqual(choice);
  });

  it("refuses anything else", () => {
    expect(parseBackendChoice({ kind: "a1111", url: "file:///etc/passwd" })).toBeNull();
    expect(parseBackendChoice({ kind: "midjourney" })).toBeNull();
    expect(parseBackendChoice("onnx")).toBeNull();
  });
});
