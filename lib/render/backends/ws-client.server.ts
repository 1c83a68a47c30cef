import "server-only";
import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { Duplex } from "node:stream";

/** What an open websocket tells its owner: each whole message (text as a string, binary as bytes) and the close. */
export interface WebSocketHandlers {
  onMessage: (data: string | Uint8Array) => void;
  onClose?: (code: number, reason: string) => void;
}

/** An open websocket (RFC 6455, client side). */
export interface WebSocketConnection {
  send(text: string): void;
  /** Starts the closing handshake; the socket is dropped if the server does not answer within a second. */
  close(code?: number, reason?: string): void;
}

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
const OP = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 } as const;

/**
 * Opens a websocket to a ws://, wss://, http:// or https:// URL with node's http upgrade (Node 20 has no global
 * WebSocket): masked client frames, fragmented messages reassembled, pings answered, the close handshake. Rejects when
 * the server does not switch protocols, on `signal` or after `timeoutMs` (default 10 s) without an answer.
 */
export function openWebSocket(url: string, handlers: WebSocketHandlers, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<WebSocketConnection> {
  const target = new URL(url);
  const secure = target.protocol === "wss:" || target.protocol === "https:";
  const key = crypto.randomBytes(16).toString("base64");
  return new Promise((resolve, reject) => {
    options.signal?.throwIfAborted();
    const request = (secure ? https : http).request({
      hostname: target.hostname.replace(/^\[|\]$/g, ""),
      port: target.port || (secure ? 443 : 80),
      path: `${target.pathname}${target.search}`,
      headers: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Key": key, "Sec-WebSocket-Version": "13" },
    });
    const fail = (error: Error) => {
      cleanup();
      request.destroy();
      reject(error);
    };
    const onAbort = () => fail(options.signal?.reason ?? new Error("aborted"));
    const timer = setTimeout(() => fail(new Error(`no websocket answer from ${target.host} within ${options.timeoutMs ?? 10_000} ms`)), options.timeoutMs ?? 10_000);
    const cleanup = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    request.on("error", fail);
    request.on("response", (response) => {
      response.resume();
      fail(new Error(`${target.host} answered HTTP ${response.statusCode} instead of opening a websocket`));
    });
    request.on("upgrade", (response, socket, head) => {
      cleanup();
      const expected = crypto.createHash("sha1").update(key + GUID).digest("base64");
      if (response.headers["sec-websocket-accept"] !== expected) {
        socket.destroy();
        return reject(new Error(`${target.host} answered the websocket handshake wrongly`));
      }
      resolve(connect(socket, head, handlers));
    });
    request.end();
  });
}

function connect(socket: Duplex, head: Buffer, handlers: WebSocketHandlers): WebSocketConnection {
  let buffer: Buffer = Buffer.alloc(0);
  let fragments: Buffer[] = [];
  let fragmentOpcode = 0;
  let closeSent = false;
  let closed = false;
  let closeCode = 1006;
  let closeReason = "";

  const write = (opcode: number, payload: Buffer) => {
    if (closed || socket.destroyed) return;
    socket.write(encodeFrame(opcode, payload));
  };
  const close = (code = 1000, reason = "") => {
    if (closeSent) return;
    closeSent = true;
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2);
    write(OP.close, payload);
    setTimeout(() => socket.destroy(), 1000).unref();
  };
  const deliver = (opcode: number, payload: Buffer) => {
    if (opcode === OP.text) handlers.onMessage(payload.toString("utf8"));
    else handlers.onMessage(new Uint8Array(payload));
  };
  const onFrame = (fin: boolean, opcode: number, payload: Buffer) => {
    if (opcode === OP.ping) return write(OP.pong, payload);
    if (opcode === OP.pong) return;
    if (opcode === OP.close) {
      closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      closeReason = payload.subarray(2).toString("utf8");
      close(closeCode === 1005 ? 1000 : closeCode);
      return void socket.end();
    }
    if (opcode !== OP.continuation) {
      fragments = [];
      fragmentOpcode = opcode;
    }
    fragments.push(payload);
    if (fragments.reduce((n, f) => n + f.length, 0) > MAX_MESSAGE_BYTES) return close(1009, "message too big");
    if (fin) {
      deliver(fragmentOpcode, Buffer.concat(fragments));
      fragments = [];
    }
  };
  const onData = (chunk: Buffer) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      const frame = decodeFrame(buffer);
      if (!frame) break;
      if (frame === "too_big") {
        socket.off("data", onData);
        return close(1009, "message too big");
      }
      buffer = buffer.subarray(frame.size);
      onFrame(frame.fin, frame.opcode, frame.payload);
    }
  };
  socket.on("data", onData);
  socket.on("error", () => socket.destroy());
  socket.on("close", () => {
    closed = true;
    handlers.onClose?.(closeCode, closeReason);
  });
  if (head.length) onData(head);
  return { send: (text) => write(OP.text, Buffer.from(text, "utf8")), close };
}

/** A client frame: FIN set, payload masked with a fresh random key, as RFC 6455 requires of clients. */
function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const extra = length < 126 ? 0 : length < 65536 ? 2 : 8;
  const header = Buffer.alloc(2 + extra + 4);
  header[0] = 0x80 | opcode;
  header[1] = 0x80 | (extra === 0 ? length : extra === 2 ? 126 : 127);
  if (extra === 2) header.writeUInt16BE(length, 2);
  if (extra === 8) header.writeBigUInt64BE(BigInt(length), 2);
  const mask = crypto.randomBytes(4);
  mask.copy(header, 2 + extra);
  const masked = Buffer.alloc(length);
  for (let i = 0; i < length; i++) masked[i] = payload[i] ^ mask[i & 3];
  return Buffer.concat([header, masked]);
}

/** One frame from the start of `buffer`, null while it is incomplete, "too_big" past the limit. Server frames may be masked or not. */
function decodeFrame(buffer: Buffer): { fin: boolean; opcode: number; payload: Buffer; size: number } | "too_big" | null {
  if (buffer.length < 2) return null;
  const masked = (buffer[1] & 0x80) !== 0;
  let length = buffer[1] & 0x7f;
  let at = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    at = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    length = Number(buffer.readBigUInt64BE(2));
    at = 10;
  }
  if (length > MAX_MESSAGE_BYTES) return "too_big";
  const maskAt = at;
  if (masked) at += 4;
  if (buffer.length < at + length) return null;
  const payload = Buffer.from(buffer.subarray(at, at + length));
  if (masked) for (let i = 0; i < length; i++) payload[i] ^= buffer[maskAt + (i & 3)];
  return { fin: (buffer[0] & 0x80) !== 0, opcode: buffer[0] & 0x0f, payload, size: at + length };
}
