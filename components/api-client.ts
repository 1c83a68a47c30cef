/** Calls one of the app's JSON routes; failures become an Error carrying the server's message in both languages. */
export async function callApi<T>(url: string, init?: { method?: string; body?: unknown; signal?: AbortSignal }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init?.method ?? (init?.body === undefined ? "GET" : "POST"),
      headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init?.signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError("The server cannot be reached. Your text is safe.", "无法连接服务器。你的内容没有丢失。");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const e = body?.error;
    throw new ApiError(e?.message ?? `HTTP ${response.status}`, e?.messageZh ?? `请求失败（HTTP ${response.status}）`);
  }
  return body as T;
}

export class ApiError extends Error {
  constructor(message: string, readonly messageZh: string) {
    super(message);
  }
}

/** The error's message in the UI language. */
export const errorText = (error: unknown, locale: "zh" | "en") =>
  error instanceof ApiError ? (locale === "zh" ? error.messageZh : error.message) : String((error as Error)?.message ?? error);
