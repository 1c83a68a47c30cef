import { AppError } from "../errors";

/** The largest JSON request body any route takes (routes with uploads set their own, larger limits). */
export const MAX_JSON_BODY_BYTES = 1_000_000;

/** The 413 for a request body over `maxBytes`, with the limit in MB, in both languages. */
export function bodyTooLarge(maxBytes: number): AppError {
  const mb = Math.round(maxBytes / 100_000) / 10;
  return new AppError("payload_too_large", `The request is too large (${mb} MB at most).`, `请求内容过大（最多 ${mb} MB）。`);
}

/**
 * Reads a request body as it arrives, counting bytes, and gives up with a 413 (`tooLarge`) as soon as the count passes
 * `maxBytes`; a declared Content-Length over the limit is refused before reading anything. A chunked body without a
 * length therefore costs at most `maxBytes` of memory, however long the sender keeps going.
 * @example await readBodyLimited(new Request("http://x", { method: "POST", body: "abc" }), 2) // throws payload_too_large
 */
export async function readBodyLimited(request: Request, maxBytes: number, tooLarge: () => AppError = () => bodyTooLarge(maxBytes)): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    parts.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    body.set(part, at);
    at += part.byteLength;
  }
  return body;
}
