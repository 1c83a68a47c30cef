import http from "node:http";
import type { AddressInfo } from "node:net";

/** How the fake server answers one chat-completions request. */
export interface FakeReply {
  /** An error status answered with an OpenAI-style error body. */
  status?: number;
  headers?: Record<string, string>;
  message?: string;
  /** Content pieces: streamed as `data: {chunk}` lines when the request streams, else joined into one completion. */
  chunks?: string[];
  /** Answer with one JSON completion even when the request asked to stream. */
  ignoreStream?: boolean;
  /** Milliseconds before the headers; and between streamed pieces. */
  delayMs?: number;
  chunkDelayMs?: number;
  /** Milliseconds to stall after the first piece (the connection stays open). */
  stallMs?: number;
  /** End the stream after the pieces with no finish_reason and no [DONE]. */
  truncate?: boolean;
  finishReason?: string;
  /** Response formats answered with 400, as servers that do not support them do. */
  rejectFormats?: Array<"json_schema" | "json_object">;
}

export interface FakeRequest {
  body: { model: string; stream?: boolean; messages: Array<{ role: string; content: string }>; response_format?: { type: string } };
  authorization: string | undefined;
}

/** A server on 127.0.0.1 speaking OpenAI's chat-completions protocol, answering as `reply` says. */
export async function startFakeOpenAI(reply: (request: FakeRequest) => FakeReply) {
  const requests: FakeRequest[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const request: FakeRequest = { body: JSON.parse(raw || "{}"), authorization: req.headers.authorization };
      requests.push(request);
      const r = reply(request);
      const later = (ms: number | undefined, fn: () => void) => setTimeout(() => !res.destroyed && fn(), ms ?? 0);
      later(r.delayMs, () => answer(request, r, res, later));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function answer(request: FakeRequest, r: FakeReply, res: http.ServerResponse, later: (ms: number | undefined, fn: () => void) => void) {
  const format = request.body.response_format?.type as "json_schema" | "json_object" | undefined;
  if (format && r.rejectFormats?.includes(format)) return sendError(res, 400, { "content-type": "application/json" }, `response_format ${format} is not supported`);
  if (r.status) return sendError(res, r.status, { "content-type": "application/json", ...r.headers }, r.message ?? "error");
  const chunks = r.chunks ?? [];
  if (!request.body.stream || r.ignoreStream) {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({
      id: "c1", object: "chat.completion", created: 0, model: request.body.model,
      choices: [{ index: 0, message: { role: "assistant", content: chunks.join("") }, finish_reason: r.finishReason ?? "stop" }],
    }));
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 0, model: request.body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const send = (i: number) => {
    if (i === chunks.length) {
      if (r.truncate) return res.end();
      return res.end(chunk({}, r.finishReason ?? "stop") + "data: [DONE]\n\n");
    }
    res.write(chunk(i === 0 ? { role: "assistant", content: chunks[i] } : { content: chunks[i] }, null));
    later(i === 0 && r.stallMs ? r.stallMs : r.chunkDelayMs, () => send(i + 1));
  };
  send(0);
}

function sendError(res: http.ServerResponse, status: number, headers: Record<string, string>, message: string) {
  res.writeHead(status, headers);
  res.end(JSON.stringify({ error: { message, type: "invalid_request_error", code: null } }));
}

/** A reply's JSON cut into pieces of `size` characters, as a model streams it. */
export function pieces(text: string, size = 7): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
