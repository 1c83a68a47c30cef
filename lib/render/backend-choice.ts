import type { RenderSettings } from "./render-settings";

/**
 * Where a request runs, decided once when it is queued: the built-in pipeline, or an A1111/ComfyUI server by URL. In
 * team mode it travels with the job, so a worker never reads it back from the settings (a URL is reached from the
 * worker's machine: a loopback address means that machine's own server).
 */
export type BackendChoice = { kind: "onnx" } | { kind: "a1111"; url: string } | { kind: "comfyui"; url: string };

/**
 * The backend the render settings choose.
 * @example backendChoiceOf({ backend: "a1111", a1111Url: "http://127.0.0.1:7860", comfyUrl: "…" }) // { kind: "a1111", url: "http://127.0.0.1:7860" }
 */
export function backendChoiceOf(settings: RenderSettings): BackendChoice {
  if (settings.backend === "a1111") return { kind: "a1111", url: settings.a1111Url };
  if (settings.backend === "comfyui") return { kind: "comfyui", url: settings.comfyUrl };
  return { kind: "onnx" };
}

/**
 * The lane a choice runs in ("onnx", or "kind URL" that backendKey turns into one key per server).
 * @example laneOf({ kind: "comfyui", url: "http://127.0.0.1:8188" }) // "comfyui http://127.0.0.1:8188"
 */
export function laneOf(choice: BackendChoice): string {
  return choice.kind === "onnx" ? "onnx" : `${choice.kind} ${choice.url}`;
}

/** Reads a stored choice back; null when it is not one (the caller refuses the job). */
export function parseBackendChoice(value: unknown): BackendChoice | null {
  if (typeof value !== "object" || value === null) return null;
  const { kind, url } = value as { kind?: unknown; url?: unknown };
  if (kind === "onnx") return { kind };
  if ((kind === "a1111" || kind === "comfyui") && typeof url === "string" && /^https?:\/\//i.test(url)) return { kind, url };
  return null;
}
