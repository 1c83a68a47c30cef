/**
 * A server-sent events answer (text/event-stream). `start` gets `send(event, data)` (data as JSON) and `end()`, and
 * returns its clean-up, run once when the stream ends, the client goes away or `signal` (the request's) aborts.
 * A comment line every `keepAliveMs` (default 15 s) keeps proxies from closing a quiet stream.
 */
export function sseResponse(
  start: (send: (event: string, data: unknown) => void, end: () => void) => (() => void) | void,
  options: { signal?: AbortSignal; keepAliveMs?: number } = {},
): Response {
  const encoder = new TextEncoder();
  let finish: () => void = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };
      const timer = setInterval(() => write(": keep-alive\n\n"), options.keepAliveMs ?? 15_000);
      let cleanup: (() => void) | void;
      finish = () => {
        if (!open) return;
        open = false;
        clearInterval(timer);
        options.signal?.removeEventListener("abort", finish);
        cleanup?.();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      options.signal?.addEventListener("abort", finish, { once: true });
      cleanup = start((event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`), () => finish());
      if (!open) cleanup?.();
    },
    cancel() {
      finish();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no", connection: "keep-alive" },
  });
}
