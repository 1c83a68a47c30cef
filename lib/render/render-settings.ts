/** Where preview renders run. */
export const RENDER_BACKEND_IDS = ["onnx", "a1111", "comfyui"] as const;
export type RenderBackendId = (typeof RENDER_BACKEND_IDS)[number];

/** The saved choice of backend and the addresses of the user's own servers. */
export interface RenderSettings {
  backend: RenderBackendId;
  a1111Url: string;
  comfyUrl: string;
}

/** Whether the built-in pipeline has a model to render with; when not, how to get one (English and Chinese). */
export interface BuiltinModelStatus {
  available: boolean;
  model?: string;
  message?: string;
  messageZh?: string;
}

/** GET /api/settings/render: the settings and the built-in model's status. */
export interface RenderSettingsView extends RenderSettings {
  builtin: BuiltinModelStatus;
}

/** What a fresh install uses: the built-in pipeline, and each server's usual local address. */
export const DEFAULT_RENDER_SETTINGS: RenderSettings = { backend: "onnx", a1111Url: "http://127.0.0.1:7860", comfyUrl: "http://127.0.0.1:8188" };
