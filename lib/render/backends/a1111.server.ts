import "server-only";
import { AppError } from "../../errors";
import type { RenderBackend, RenderProgress, RenderRequest, RenderResult } from "../render-types";
import { buildA1111Payload, readA1111Info, type A1111Progress, type A1111RenderAnswer } from "./a1111-payload";
import { toInfotextPng } from "./infotext-png.server";
import { createRemoteServer, type RemoteServer } from "./remote-server.server";

/** Where a remote backend's server is and how long it may take. */
export interface RemoteBackendOptions {
  baseUrl: string;
  /** The longest one render may take. */
  timeoutMs: number;
  /** How often progress is asked for (default 500 ms). */
  pollMs?: number;
}

const PROBE_MS = 15_000;

/** Renders on an AUTOMATIC1111/Forge server through its /sdapi/v1 API, following /sdapi/v1/progress while it works. */
export function createA1111Backend(options: RemoteBackendOptions): RenderBackend {
  const server = createRemoteServer("AUTOMATIC1111", options.baseUrl, options.timeoutMs);
  return {
    id: "a1111",
    async render(request, { onProgress, signal }) {
      const withScheduler = await knowsSchedulers(server, signal);
      const imageBase64 = request.img2img ? Buffer.from(request.img2img.image).toString("base64") : undefined;
      const body = buildA1111Payload(request, { withScheduler, imageBase64 });
      const interrupt = () => void server.json("/sdapi/v1/interrupt", { body: {}, timeoutMs: PROBE_MS }).catch(() => {});
      signal.addEventListener("abort", interrupt, { once: true });
      const stopPolling = pollProgress(server, options.pollMs ?? 500, onProgress);
      try {
        const answer = await server.json<A1111RenderAnswer>(request.img2img ? "/sdapi/v1/img2img" : "/sdapi/v1/txt2img", { body, signal });
        signal.throwIfAborted();
        return await readAnswer(server, answer, request);
      } finally {
        stopPolling();
        signal.removeEventListener("abort", interrupt);
      }
    },
  };
}

// GET /sdapi/v1/schedulers exists from A1111 1.9 on; it doubles as a quick check that the server is there.
async function knowsSchedulers(server: RemoteServer, signal: AbortSignal): Promise<boolean> {
  try {
    await server.json("/sdapi/v1/schedulers", { signal, timeoutMs: PROBE_MS });
    return true;
  } catch (error) {
    if (error instanceof AppError && / HTTP 404/.test(error.message)) return false;
    throw error;
  }
}

function pollProgress(server: RemoteServer, everyMs: number, onProgress: (p: RenderProgress) => void): () => void {
  let stopped = false;
  let lastKey = "";
  const stop = new AbortController();
  void (async () => {
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      if (stopped) break;
      const p = await server.json<A1111Progress>("/sdapi/v1/progress?skip_current_image=false", { signal: stop.signal, timeoutMs: 5_000 }).catch(() => null);
      const state = p?.state;
      if (stopped || !p || !state?.sampling_steps || !(p.progress && p.progress > 0)) continue;
      const progress: RenderProgress = {
        step: state.sampling_step ?? 0,
        steps: state.sampling_steps,
        image: (state.job_no ?? 0) + 1,
        images: Math.max(1, state.job_count ?? 1),
        etaSeconds: typeof p.eta_relative === "number" && p.eta_relative >= 0 ? Math.round(p.eta_relative * 10) / 10 : null,
        preview: p.current_image ? new Uint8Array(Buffer.from(p.current_image, "base64")) : undefined,
      };
      const key = `${progress.image}/${progress.step}/${p.current_image?.length ?? 0}`;
      if (key !== lastKey) onProgress(progress);
      lastKey = key;
    }
  })();
  return () => {
    stopped = true;
    stop.abort();
  };
}

async function readAnswer(server: RemoteServer, answer: A1111RenderAnswer, request: RenderRequest): Promise<RenderResult> {
  const { seeds, infotexts, first } = readA1111Info(answer.info, request);
  const images = (answer.images ?? []).slice(first, first + seeds.length);
  if (images.length === 0) {
    throw new AppError("render_failed", `The AUTOMATIC1111 server at ${server.baseUrl} finished without sending any image.`,
      `AUTOMATIC1111 服务器 ${server.baseUrl} 完成了渲染，但没有返回任何图片。`);
  }
  const rendered = await Promise.all(images.map(async (base64, i) => {
    const { png, infotext } = await toInfotextPng(new Uint8Array(Buffer.from(base64, "base64")), infotexts[first + i]);
    return { png, seed: seeds[i], infotext };
  }));
  return { images: rendered, seed: rendered[0].seed };
}
