import "server-only";
import { getEnv } from "../env";
import { createA1111Backend } from "./backends/a1111.server";
import { builtinBackend } from "./backends/builtin.server";
import { createComfyBackend } from "./backends/comfyui.server";
import { backendChoiceOf, laneOf, type BackendChoice } from "./backend-choice";
import type { ResolvedBackend } from "./queue.server";
import { getRenderSettings } from "./render-settings.server";
import type { RenderBackend, RenderRequest } from "./render-types";

/** The backend chosen in the render settings; each server (and the built-in pipeline) is its own lane. */
export async function selectRenderBackend(_request: RenderRequest): Promise<ResolvedBackend> {
  const choice = await chooseRenderBackend();
  return { backend: backendFor(choice), lane: laneOf(choice) };
}

/** Which backend the render settings name now (read once per request; team mode stores it with the job). */
export async function chooseRenderBackend(): Promise<BackendChoice> {
  return backendChoiceOf(await getRenderSettings());
}

/** The backend a choice names; `builtin` is the built-in pipeline to use (a worker passes its own). */
export function backendFor(choice: BackendChoice, builtin: RenderBackend = builtinBackend): RenderBackend {
  const timeoutMs = getEnv().RENDER_TIMEOUT_MS;
  if (choice.kind === "a1111") return createA1111Backend({ baseUrl: choice.url, timeoutMs });
  if (choice.kind === "comfyui") return createComfyBackend({ baseUrl: choice.url, timeoutMs });
  return builtin;
}
