import { IncomingMessage, type ServerResponse } from "node:http";
import { bodyTooLarge, MAX_JSON_BODY_BYTES } from "../http/read-body";
import { API_CSP } from "./csp";
import { UPLOAD_PATHS } from "./upload-paths";

/** Node's request listener: what `http.createServer` takes and Next's request handler is. */
export type RequestListener = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Bounds every request body before Next sees it (scripts/serve.mjs puts it in front of Next's handler). Next reads a
 * body to its very end before anything can answer (proxy.ts gets a copy, and Next waits for the end before going on),
 * and a body nobody reads is drained to its end too, so a 10 GB body sent to a 1 MB route would cost the server 10 GB
 * of reading. Here a body on any route but the upload routes (which count their own as it arrives) is read up to
 * `maxBytes`: one byte more and the request is answered with a 413 in both languages, the rest of the body is never
 * read, and the connection is closed; within the limit Next gets the request with the very bytes that were sent.
 * Requests without a body pass straight through.
 */
export function gateBodies(next: RequestListener, maxBytes = MAX_JSON_BODY_BYTES): RequestListener {
  return (request, response) => {
    if (!hasBody(request) || UPLOAD_PATHS.includes(pathOf(request))) return next(request, response);
    if (Number(request.headers["content-length"]) > maxBytes) return refuse(request, response, maxBytes);
    const parts: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off("data", onData).off("end", onEnd).off("error", stop);
      request.on("error", () => {}); // the client went away or was cut off: nothing is left to answer
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void parts.push(chunk);
      stop();
      refuse(request, response, maxBytes);
    };
    const onEnd = () => {
      stop();
      next(withBody(request, Buffer.concat(parts, size)), response);
    };
    request.on("data", onData).on("end", onEnd).on("error", stop);
  };
}

/** Whether the request says it has a body (HTTP/1.1: a Content-Length or a Transfer-Encoding; a length of 0 is none). */
function hasBody(request: IncomingMessage): boolean {
  const length = request.headers["content-length"];
  return request.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

function pathOf(request: IncomingMessage): string {
  const url = request.url ?? "/";
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/**
 * How long a connection stays open after a 413 while the rest of its body is left unread. Closing it at once would
 * reset it, and a client still sending could lose the answer with it; a client that reads the answer and stops
 * closes it itself, sooner.
 */
const LINGER_MS = 2_000;

/** Answers 413 and reads no more of the body; the connection is closed once the client has had time to read it. */
function refuse(request: IncomingMessage, response: ServerResponse, maxBytes: number): void {
  const { code, message, messageZh } = bodyTooLarge(maxBytes);
  const api = pathOf(request).startsWith("/api/");
  const body = api ? JSON.stringify({ error: { code, message, messageZh } }) : `${message}\n\n${messageZh}\n`;
  request.pause();
  response.writeHead(413, {
    "content-type": api ? "application/json" : "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy": API_CSP,
  });
  response.end(body);
  const socket = request.socket;
  const timer = setTimeout(() => socket.destroy(), LINGER_MS).unref();
  socket.once("close", () => clearTimeout(timer));
}

/** A copy of `request`, already read to its end, that hands `body` to whoever reads it next. */
function withBody(request: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(request.socket);
  copy.method = request.method;
  copy.url = request.url;
  copy.httpVersion = request.httpVersion;
  copy.httpVersionMajor = request.httpVersionMajor;
  copy.httpVersionMinor = request.httpVersionMinor;
  copy.rawHeaders = request.rawHeaders;
  copy.headers = request.headers;
  copy.rawTrailers = request.rawTrailers;
  copy.trailers = request.trailers;
  copy.complete = true;
  if (body.length > 0) copy.push(body);
  copy.push(null);
  return copy;
}
