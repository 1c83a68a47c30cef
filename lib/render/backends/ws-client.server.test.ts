import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptWebSocket, type ServerWebSocket } from "@/tests/support/ws-server";
import { openWebSocket } from "./ws-client.server";

let server: http.Server;
let url = "";
let accepted: (ws: ServerWebSocket) => void = () => {};
const all: ServerWebSocket[] = [];
beforeAll(async () => {
  server = http.createServer((_, res) => res.writeHead(404).end("no websocket here"));
  server.on("upgrade", (req, socket) => {
    const ws = acceptWebSocket(req, socket);
    all.push(ws);
    accepted(ws);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const ws of all) ws.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Opens a client and returns it with the server's end and what the client received. */
async function connect(path = "/ws?clientId=abc") {
  const serverSide = new Promise<ServerWebSocket>((resolve) => (accepted = resolve));
  const received: Array<string | Uint8Array> = [];
  const closes: Array<[number, string]> = [];
  const client = await openWebSocket(`${url}${path}`, { onMessage: (m) => received.push(m), onClose: (code, reason) => closes.push([code, reason]) });
  return { client, ws: await serverSide, received, closes };
}

describe("openWebSocket", () => {
  it("upgrades with the path and query, and receives text, fragmented text, binary and long messages", async () => {
    const { client, ws, received } = await connect();
    expect(ws.path).toBe("/ws?clientId=abc");
    ws.sendText('{"type":"status"}');
    ws.sendFrame(false, 1, Buffer.from("hel"));
    ws.sendFrame(false, 0, Buffer.from("lo "));
    ws.sendFrame(true, 0, Buffer.from("世界"));
    ws.sendBinary(Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 2, 9));
    ws.sendText("x".repeat(300));
    ws.sendText("y".repeat(70_000));
    await expect.poll(() => received.length).toBe(5);
    expect(received.slice(0, 2)).toEqual(['{"type":"status"}', "hello 世界"]);
    expect(received[2]).toEqual(Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 2, 9));
    expect(received[3]).toHaveLength(300);
    expect(received[4]).toHaveLength(70_000);
    client.close();
  });

  it("masks what it sends, answers pings with the same payload and takes part in the close handshake", async () => {
    const { client, ws, closes } = await connect();
    const texts: string[] = [];
    ws.onText = (t) => texts.push(t);
    client.send("héllo");
    client.send("z".repeat(200));
    ws.sendFrame(true, 9, Buffer.from("are you there"));
    await expect.poll(() => ws.frames.length).toBe(3);
    expect(texts).toEqual(["héllo", "z".repeat(200)]);
    expect(ws.frames.every((f) => f.masked)).toBe(true);
    expect(ws.frames[2]).toMatchObject({ opcode: 10, payload: Buffer.from("are you there") });
    ws.close(4000);
    await ws.closed;
    await expect.poll(() => closes).toEqual([[4000, ""]]);
    expect(ws.frames.at(-1)).toMatchObject({ opcode: 8, masked: true });
  });

  it("sends a close frame and reports the close when the client closes", async () => {
    const { client, ws, closes } = await connect();
    client.close(1000, "bye");
    await ws.closed;
    expect(ws.frames[0].opcode).toBe(8);
    expect(ws.frames[0].payload.subarray(2).toString()).toBe("bye");
    await expect.poll(() => closes.length).toBe(1);
  });

  it("reports a dropped connection as 1006", async () => {
    const { ws, closes } = await connect();
    ws.destroy();
    await expect.poll(() => closes).toEqual([[1006, ""]]);
  });

  it("rejects a server that answers HTTP instead of switching protocols, an unreachable port and an abort", async () => {
    const handlers = { onMessage: () => {} };
    (await openWebSocket(`${url.replace("ws:", "http:")}/x`, handlers)).close();
    const plain = http.createServer((_, res) => res.writeHead(404).end("nope"));
    await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
    const port = (plain.address() as AddressInfo).port;
    await expect(openWebSocket(`ws://127.0.0.1:${port}/ws`, handlers)).rejects.toThrow("answered HTTP 404 instead of opening a websocket");
    await new Promise<void>((resolve) => plain.close(() => resolve()));
    await expect(openWebSocket(`ws://127.0.0.1:${port}/ws`, handlers)).rejects.toThrow(/ECONNREFUSED/);
    const controller = new AbortController();
    controller.abort();
    await expect(openWebSocket(`${url}/ws`, handlers, { signal: controller.signal })).rejects.toThrow(/abort/i);
  });
});
