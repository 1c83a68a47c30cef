import { errorToResponse, type ErrorBody } from "./json-route";

/** The error line of a stream: the same code and messages `errorToResponse` gives a JSON answer. */
export interface ErrorEvent {
  type: "error";
  error: { code: string; message: string; messageZh: string };
}

/** Maps a thrown value to a stream's error line, through the one error mapping (unexpected errors are logged there). */
export async function errorEvent(error: unknown): Promise<ErrorEvent> {
  const { code, message, messageZh } = ((await errorToResponse(error).json()) as ErrorBody).error;
  return { type: "error", error: { code, message, messageZh } };
}

/**
 * A streamed answer of JSON lines (application/x-ndjson): `run` sends events as they happen; an error it throws
 * becomes a last error line. The signal `run` gets aborts when the client goes away or `signal` (the request's) does.
 */
export function ndjsonResponse(run: (send: (event: object) => void, signal: AbortSignal) => Promise<void>, signal?: AbortSignal): Response {
  const encoder = new TextEncoder();
  const stop = new AbortController();
  signal?.addEventListener("abort", () => stop.abort(), { once: true });
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (event: object) => {
        if (!open || stop.signal.aborted) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          open = false;
        }
      };
      try {
        await run(send, stop.signal);
      } catch (error) {
        send(await errorEvent(error));
      } finally {
        if (open && !stop.signal.aborted) controller.close();
      }
    },
    cancel() {
      stop.abort();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
}
