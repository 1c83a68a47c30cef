import "server-only";
import { AppError } from "../../errors";
import { isHttpUrl } from "../../security/outbound-url";

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
    if (!isHttpUrl(base)) throw new AppError("model_unavailable", `The ${name} server address must start with http:// or https://.`, `${name} 服务器地址必须以 http:// 或 https:// 开头。`);
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
  // Only the system's error code (ECONNREFUSED, ENOTFOUND …), never a message that could carry what a server said.
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  const why = typeof code === "string" && /^[A-Z_]{2,40}$/.test(code) ? ` (${code})` : "";
  return new AppError("model_unavailable", `Cannot reach the ${name} server at ${base}${why}. Is it running, and is the URL in the Preview settings right?`,
    `无法连接 ${name} 服务器 ${base}${why ? `（${code}）` : ""}。请确认它正在运行，且预览设置中的地址正确。`);
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

const MAX_DETAIL = 200;

/**
 * The server's own error message, parsed from its JSON body: FastAPI/A1111's `detail` (a string, or the first
 * validation error's `msg`), A1111's `error` and `errors`, ComfyUI's `error.message`. Never the raw body: a reply that
 * is not such JSON (an HTML page, another service's answer) is reported by its status code alone.
 * @example describeBody('{"detail":"Not Found"}') // "Not Found"
 * @example describeBody("<html>secret admin page</html>") // ""
 */
export function describeBody(text: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return "";
  }
  if (typeof body !== "object" || body === null) return "";
  const b = body as { detail?: unknown; error?: unknown; errors?: unknown };
  const firstMsg = Array.isArray(b.detail) ? (b.detail[0] as { msg?: unknown } | undefined)?.msg : undefined;
  const errorMessage = typeof b.error === "object" && b.error !== null ? (b.error as { message?: unknown }).message : undefined;
  const found = [b.detail, firstMsg, errorMessage, b.errors, b.error].find((v): v is string => typeof v === "string" && v.trim() !== "");
  const line = (found ?? "").replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL)}…` : line;
}
