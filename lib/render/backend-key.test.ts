import { describe, expect, it } from "vitest";
import { backendKey } from "./backend-key";

describe("backendKey", () => {
  const cases: Array<[lane: string, key: string]> = [
    ["a1111 http://127.0.0.1:7860", "loopback:7860"],
    ["a1111 http://localhost:7860/", "loopback:7860"],
    ["a1111 http://127.1:7860", "loopback:7860"],
    ["a1111 http://127.0.0.1:7860/?x=1", "loopback:7860"],
    ["a1111 http://LOCALHOST.:7860/sdapi#top", "loopback:7860"],
    ["a1111 http://user:pw@0x7f.1:7860", "loopback:7860"],
    ["a1111 http://2130706433:7860", "loopback:7860"],
    ["a1111 http://[::1]:7860", "loopback:7860"],
    ["a1111 http://[::ffff:127.0.0.1]:7860", "loopback:7860"],
    ["a1111 http://0.0.0.0:7860", "loopback:7860"],
    ["comfyui http://127.0.0.1:7860", "loopback:7860"],
    ["comfyui http://127.0.0.1:8188", "loopback:8188"],
    ["a1111 http://GPU-box.lan/", "gpu-box.lan:80"],
    ["a1111 https://gpu-box.lan:443/a", "gpu-box.lan:443"],
    ["onnx", "onnx"],
    ["gpu", "gpu"],
  ];
  for (const [lane, key] of cases) it(`${lane} → ${key}`, () => expect(backendKey(lane)).toBe(key));
});
