import "server-only";
import { AppError } from "../../errors";

/** A render server over HTTP (AUTOMATIC1111 or ComfyUI), with the app's error messages naming it and its URL. */
export interface RemoteServer {
  readonly name: string;
  readonly baseUrl: string;
  /** An answer's body as JSON; HTTP errors, unreachable servers, timeouts and non-JSON become AppError. */
  json<T>(path: string, init?: RemoteInit): Promise<T>;
  /** An answer's body as bytes, with the same errors. */
  bytes(path: string, init?: RemoteInit): Promise<Uint8Array>;
}

/** One call's method, body (JSON or FormData), cancel signal and timeout. */
export interface RemoteInit {
  method?: string;
  /** Sent as JSON unless it is FormData. */
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** A client for the server at `baseUrl` (trailing slashes dropped); calls time out after `timeoutMs` unless told otherwise. */
export function createRemoteServer(name: string, baseUrl: string, timeoutMs: number): RemoteServer {
  const base = baseUrl.trim().replace(/\/+$/, "");
  const call = async (path: string, init: RemoteInit = {}): Promise<Response> => {
    const limit = init.timeoutMs ?? timeoutMs;
    const timeout = AbortSignal.timeout(limit);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const isForm = init.body instanceof FormData;
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method: init.method ?? (init.body === undefined ? "GET" : "POST"),
        headers: init.body === undefined || isForm ? undefined : { "content-type": "application/json" },
        body: init.body === undefined ? undefined : isForm ? (init.body as FormData) : JSON.stringify(init.body),
        signal,
      });
    } catch (error) {
      if (init.signal?.aborted) throw init.signal.reason ?? error;
      if (timeout.aborted) throw timedOut(name, base, limit);
      throw unreachable(name, base, error);
    }
    if (!response.ok) throw await httpError(name, base, path, response);
    return response;
  };
  const read = async <T>(path: string, init: RemoteInit | undefined, body: (r: Response) => Promise<T>): Promise<T> => {
    const response = await call(path, init);
    try {
      return await body(response);
    } catch (error) {
      if (init?.signal?.aborted) throw init.signal.reason ?? error;
      throw new AppError("render_failed", `The ${name} server at ${base} sent an answer to ${path} that could not be read.`,
        `${name} 服务器 ${base} 对 ${path} 的回应无法读取。`);
    }
  };
  return {
    name,
    baseUrl: base,
    json: (path, init) => read(path, init, (r) => r.json()),
    bytes: (path, init) => read(path, init, async (r) => new Uint8Array(await r.arrayBuffer())),
  };
}

function unreachable(name: string, base: string, error: unknown) {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (error as Error).message;
  return new AppError("model_unavailable", `Cannot reach the ${name} server at ${base} (${why}). Is it running, and is the URL in the Preview settings right?`,
    `无法连接 ${name} 服务器 ${base}（${why}）。请确认它正在运行，且预览设置中的地址正确。`);
}

function timedOut(name: string, base: string, ms: number) {
  const seconds = Math.round(ms / 100) / 10;
  return new AppError("render_failed", `The ${name} server at ${base} did not answer within ${seconds} s.`, `${name} 服务器 ${base} 在 ${seconds} 秒内没有回应。`);
}

async function httpError(name: string, base: string, path: string, response: Response) {
  const detail = describeBody(await response.text().catch(() => ""));
  const hint = response.status === 404 && name === "AUTOMATIC1111" ? " Start the WebUI with --api." : "";
  const hintZh = hint ? "请用 --api 参数启动 WebUI。" : "";
  return new AppError("render_failed", `The ${name} server at ${base} answered ${path} with HTTP ${response.status}${detail ? `: ${detail}` : "."}${hint}`,
    `${name} 服务器 ${base} 对 ${path} 回应 HTTP ${response.status}${detail ? `：${detail}` : "。"}${hintZh}`);
}

// The useful part of an error body: FastAPI's "detail", ComfyUI's "error.message", or the text itself, shortened.
function describeBody(text: string): string {
  let detail: unknown = text;
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const error = body.error as { message?: unknown } | string | undefined;
    detail = body.detail ?? (typeof error === "object" ? error?.message : error) ?? body.message ?? body.errors ?? text;
  } catch {
    // Not JSON: the text as it is.
  }
  const line = (typeof detail === "string" ? detail : JSON.stringify(detail)).replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
