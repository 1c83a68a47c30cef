import "server-only";
import { getEnv } from "../env";
import { createA1111Backend } from "./backends/a1111.server";
import { builtinBackend } from "./backends/builtin.server";
import { createComfyBackend } from "./backends/comfyui.server";
import type { ResolvedBackend } from "./queue.server";
import { getRenderSettings } from "./render-settings.server";
import type { RenderRequest } from "./render-types";

/** The backend chosen in the render settings; each server (and the built-in pipeline) is its own lane. */
export async function selectRenderBackend(_request: RenderRequest): Promise<ResolvedBackend> {
  const settings = await getRenderSettings();
  const timeoutMs = getEnv().RENDER_TIMEOUT_MS;
  if (settings.backend === "a1111") return { backend: createA1111Backend({ baseUrl: settings.a1111Url, timeoutMs }), lane: `a1111 ${settings.a1111Url}` };
  if (settings.backend === "comfyui") return { backend: createComfyBackend({ baseUrl: settings.comfyUrl, timeoutMs }), lane: `comfyui ${settings.comfyUrl}` };
  return { backend: builtinBackend, lane: "onnx" };
}
