/**
 * A chunked request body of `total` bytes made on demand, 64 kB at a time, with no Content-Length; `seen` counts
 * what the server pulled and whether it cancelled, so a test can prove a reader stopped early.
 */
export function endlessBody(total: number, headers: Record<string, string> = { "content-type": "application/json" }, url = "http://localhost/api") {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= total) return controller.close();
      seen.pulled += chunk.length;
      controller.enqueue(chunk);
    },
    cancel() {
      seen.cancelled = true;
    },
  }, { highWaterMark: 0 });
  const request = new Request(url, { method: "POST", body: stream, duplex: "half", headers } as RequestInit);
  return { request, seen };
}
