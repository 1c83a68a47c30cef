import "server-only";
import { AppError } from "../../errors";
import { formatInfotext } from "../../infotext/format-infotext";
import type { RenderBackend, RenderedImage, RenderProgress, RenderRequest } from "../render-types";
import type { RemoteBackendOptions } from "./a1111.server";
import { ComfyInbox, readComfyMessage } from "./comfyui-inbox";
import { buildComfyWorkflow, COMFY_OUTPUT_NODE } from "./comfyui-workflow";
import { fitImage } from "./fit-image.server";
import { toInfotextPng } from "./infotext-png.server";
import { createRemoteServer, type RemoteServer } from "./remote-server.server";
import { openWebSocket } from "./ws-client.server";

type Progress = (p: RenderProgress) => void;
interface Step { image: number; images: number; deadline: number; signal: AbortSignal }

/** Renders on a ComfyUI server: queues a workflow built from the request, follows its websocket, fetches the images. */
export function createComfyBackend(options: RemoteBackendOptions): RenderBackend {
  const server = createRemoteServer("ComfyUI", options.baseUrl, options.timeoutMs);
  return {
    id: "comfyui",
    async render(request, { onProgress, signal }) {
      const deadline = Date.now() + options.timeoutMs;
      const checkpoint = request.model ?? (await defaultCheckpoint(server, signal));
      const inputImage = request.img2img ? await uploadImage(server, request, signal) : undefined;
      const clientId = crypto.randomUUID();
      const inbox = new ComfyInbox();
      const ws = await openWebSocket(`${server.baseUrl.replace(/^http/, "ws")}/ws?clientId=${clientId}`, {
        onMessage: (raw) => {
          const message = readComfyMessage(raw);
          if (message) inbox.push(message);
        },
        onClose: (code) => inbox.push({ type: "closed", code }),
      }, { signal, timeoutMs: 15_000 }).catch((error: unknown) => {
        signal.throwIfAborted();
        const why = (error as Error).message;
        throw new AppError("model_unavailable", `Cannot open ComfyUI's websocket at ${server.baseUrl}/ws (${why}).`, `无法打开 ComfyUI ${server.baseUrl}/ws 的 websocket（${why}）。`);
      });
      const interrupt = () => void server.json("/interrupt", { body: {}, timeoutMs: 15_000 }).catch(() => {});
      signal.addEventListener("abort", interrupt, { once: true });
      try {
        const firstSeed = request.seed === -1 ? Math.floor(Math.random() * 2 ** 32) : request.seed;
        const images: RenderedImage[] = [];
        for (let i = 0; i < request.batchCount; i++) {
          const seed = firstSeed + i * request.batchSize;
          const workflow = buildComfyWorkflow(request, { checkpoint, seed, inputImage });
          const queued = await server.json<{ prompt_id?: string }>("/prompt", { body: { prompt: workflow, client_id: clientId }, signal });
          if (!queued.prompt_id) throw unexpected(server, "/prompt");
          await followPrompt(server, inbox, queued.prompt_id, request, onProgress, { image: i + 1, images: request.batchCount, deadline, signal });
          images.push(...(await fetchImages(server, queued.prompt_id, request, { seed, checkpoint, signal })));
        }
        return { images, seed: firstSeed };
      } finally {
        signal.removeEventListener("abort", interrupt);
        ws.close();
      }
    },
  };
}

async function defaultCheckpoint(server: RemoteServer, signal: AbortSignal): Promise<string> {
  const info = await server.json<Record<string, { input?: { required?: { ckpt_name?: unknown[] } } }>>("/object_info/CheckpointLoaderSimple", { signal, timeoutMs: 15_000 });
  const spec = info.CheckpointLoaderSimple?.input?.required?.ckpt_name ?? [];
  // Older ComfyUI lists the choices first; newer writes ["COMBO", { options }].
  const choices = Array.isArray(spec[0]) ? spec[0] : ((spec[1] as { options?: unknown[] } | undefined)?.options ?? []);
  const first = choices.find((c): c is string => typeof c === "string");
  if (!first) {
    throw new AppError("model_unavailable", `The ComfyUI server at ${server.baseUrl} has no checkpoint: put one in its models/checkpoints folder.`,
      `ComfyUI 服务器 ${server.baseUrl} 没有可用的模型：请把模型放进它的 models/checkpoints 文件夹。`);
  }
  return first;
}

async function uploadImage(server: RemoteServer, request: RenderRequest, signal: AbortSignal): Promise<string> {
  const { image, resizeMode } = request.img2img!;
  const png = await fitImage(image, request.width, request.height, resizeMode);
  const form = new FormData();
  form.append("image", new Blob([png], { type: "image/png" }), `promptstudio-${crypto.randomUUID()}.png`);
  form.append("type", "input");
  form.append("overwrite", "true");
  const uploaded = await server.json<{ name?: string; subfolder?: string }>("/upload/image", { body: form, signal });
  if (!uploaded.name) throw unexpected(server, "/upload/image");
  return uploaded.subfolder ? `${uploaded.subfolder}/${uploaded.name}` : uploaded.name;
}

async function followPrompt(server: RemoteServer, inbox: ComfyInbox, promptId: string, request: RenderRequest, onProgress: Progress, at: Step) {
  const progress: RenderProgress = { step: 0, steps: request.steps, image: at.image, images: at.images, etaSeconds: null };
  const timeout = () => new AppError("render_failed", `The ComfyUI server at ${server.baseUrl} did not finish the render in time.`, `ComfyUI 服务器 ${server.baseUrl} 未能按时完成渲染。`);
  for (;;) {
    const message = await inbox.next(at.signal, at.deadline, timeout);
    if (message.type === "closed") {
      throw new AppError("render_failed", `The connection to ComfyUI at ${server.baseUrl} closed during the render.`, `与 ComfyUI ${server.baseUrl} 的连接在渲染中断开。`);
    }
    if (message.type === "preview" && "image" in message) {
      onProgress({ ...progress, preview: message.image });
      continue;
    }
    const data = "data" in message ? message.data : {};
    if (data.prompt_id !== undefined && data.prompt_id !== promptId) continue;
    if (message.type === "progress" && typeof data.value === "number" && typeof data.max === "number") {
      Object.assign(progress, { step: data.value, steps: data.max });
      onProgress({ ...progress });
    } else if ((message.type === "executing" && data.node === null) || message.type === "execution_success") return;
    else if (message.type === "execution_error") {
      const why = `${clip(data.node_type ?? "a node", 80)}: ${clip(data.exception_message ?? "unknown error", 200)}`;
      throw new AppError("render_failed", `ComfyUI at ${server.baseUrl} failed in ${why}`, `ComfyUI ${server.baseUrl} 在 ${why} 出错`);
    } else if (message.type === "execution_interrupted") {
      at.signal.throwIfAborted();
      throw new AppError("render_failed", `The render was interrupted on the ComfyUI server at ${server.baseUrl}.`, `渲染在 ComfyUI 服务器 ${server.baseUrl} 上被中断。`);
    }
  }
}

interface ComfyHistory { outputs?: Record<string, { images?: Array<{ filename: string; subfolder?: string; type?: string }> }> }

async function fetchImages(server: RemoteServer, promptId: string, request: RenderRequest, at: { seed: number; checkpoint: string; signal: AbortSignal }): Promise<RenderedImage[]> {
  const history = await server.json<Record<string, ComfyHistory>>(`/history/${encodeURIComponent(promptId)}`, { signal: at.signal });
  const files = history[promptId]?.outputs?.[COMFY_OUTPUT_NODE]?.images ?? [];
  if (files.length === 0) throw unexpected(server, `/history/${promptId}`);
  return Promise.all(files.map(async (file, k) => {
    const query = new URLSearchParams({ filename: file.filename, subfolder: file.subfolder ?? "", type: file.type ?? "output" });
    const bytes = await server.bytes(`/view?${query}`, { signal: at.signal });
    const infotext = formatInfotext(request.prompt, request.negative, {
      Steps: request.steps, Sampler: request.sampler, "CFG scale": request.cfgScale, Seed: at.seed, Size: `${request.width}x${request.height}`,
      Model: at.checkpoint.replace(/^.*[\\/]/, "").replace(/\.(safetensors|ckpt|pt|pth|bin)$/i, ""),
      "Batch size": request.batchSize > 1 ? request.batchSize : undefined, "Batch pos": request.batchSize > 1 ? k : undefined,
      "Denoising strength": request.img2img?.denoisingStrength, RNG: "CPU", Version: "ComfyUI",
    });
    return { ...(await toInfotextPng(bytes, infotext, { replace: true })), seed: at.seed };
  }));
}

// A field of ComfyUI's execution_error as one shortened line.
function clip(value: unknown, max: number): string {
  const line = String(value).replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function unexpected(server: RemoteServer, path: string) {
  return new AppError("render_failed", `The ComfyUI server at ${server.baseUrl} answered ${path} with something unexpected.`, `ComfyUI 服务器 ${server.baseUrl} 对 ${path} 的回应不符合预期。`);
}
