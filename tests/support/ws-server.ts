// Test-only: the server side of RFC 6455 over node's http 'upgrade', small enough to read; never imported by app code.
import crypto from "node:crypto";
import type http from "node:http";
import type { Duplex } from "node:stream";

/** A client frame as the server saw it (clients must mask every frame). */
export interface ReceivedFrame {
  opcode: number;
  masked: boolean;
  payload: Buffer;
}

/** The server's end of one websocket. */
export interface ServerWebSocket {
  path: string;
  frames: ReceivedFrame[];
  sendText(text: string): void;
  sendBinary(data: Uint8Array): void;
  /** Writes raw frame bytes (fragmented messages, odd lengths). */
  sendFrame(fin: boolean, opcode: number, payload: Uint8Array): void;
  close(code?: number): void;
  /** Drops the connection without a close frame. */
  destroy(): void;
  onText?: (text: string) => void;
  closed: Promise<void>;
}

/** Completes the handshake of an 'upgrade' request and answers client frames: pong to ping, close to close. */
export function acceptWebSocket(request: http.IncomingMessage, socket: Duplex): ServerWebSocket {
  const key = String(request.headers["sec-websocket-key"]);
  const accept = crypto.createHash("sha1").update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest("base64");
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  let buffer = Buffer.alloc(0);
  let resolveClosed!: () => void;
  const ws: ServerWebSocket = {
    path: request.url ?? "/",
    frames: [],
    sendText: (text) => ws.sendFrame(true, 1, Buffer.from(text)),
    sendBinary: (data) => ws.sendFrame(true, 2, data),
    sendFrame: (fin, opcode, payload) => {
      if (socket.destroyed) return;
      const length = payload.length;
      const head = length < 126 ? Buffer.from([(fin ? 0x80 : 0) | opcode, length])
        : length < 65536 ? Buffer.from([(fin ? 0x80 : 0) | opcode, 126, length >> 8, length & 255])
        : Buffer.concat([Buffer.from([(fin ? 0x80 : 0) | opcode, 127]), bigEndian64(length)]);
      socket.write(Buffer.concat([head, payload]));
    },
    close: (code = 1000) => ws.sendFrame(true, 8, Buffer.from([code >> 8, code & 255])),
    destroy: () => socket.destroy(),
    closed: new Promise((resolve) => (resolveClosed = resolve)),
  };
  socket.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 2) {
      const masked = (buffer[1] & 0x80) !== 0;
      let length = buffer[1] & 0x7f;
      let at = 2;
      if (length === 126) [length, at] = [buffer.readUInt16BE(2), 4];
      else if (length === 127) [length, at] = [Number(buffer.readBigUInt64BE(2)), 10];
      const mask = masked ? buffer.subarray(at, at + 4) : null;
      if (masked) at += 4;
      if (buffer.length < at + length) break;
      const payload = Buffer.from(buffer.subarray(at, at + length));
      if (mask) for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
      const opcode = buffer[0] & 0x0f;
      buffer = buffer.subarray(at + length);
      ws.frames.push({ opcode, masked, payload });
      if (opcode === 1) ws.onText?.(payload.toString("utf8"));
      else if (opcode === 9) ws.sendFrame(true, 10, payload);
      else if (opcode === 8) {
        ws.sendFrame(true, 8, payload);
        socket.end();
      }
    }
  });
  socket.on("close", () => resolveClosed());
  socket.on("error", () => socket.destroy());
  return ws;
}

function bigEndian64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}
