// Test-only: a ComfyUI server on 127.0.0.1: /prompt, /upload/image, /history, /view, /interrupt, /object_info and /ws.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { makePng } from "./test-images";
import { acceptWebSocket, type ServerWebSocket } from "./ws-server";

export interface FakeComfyOptions {
  stepMs?: number;
  /** Fail the next prompts in a node with this message (execution_error). */
  executionError?: string;
  /** Checkpoints listed by /object_info (default ["sd15.safetensors"]). */
  checkpoints?: string[];
}

export interface FakeComfy {
  url: string;
  requests: Array<{ method: string; path: string; body: string; contentType: string }>;
  prompts: Array<{ prompt: Record<string, { class_type: string; inputs: Record<string, any> }>; client_id: string }>;
  sockets: ServerWebSocket[];
  interrupts: number;
  options: FakeComfyOptions;
  rendering(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the fake server on a free port of 127.0.0.1. */
export async function startFakeComfy(options: FakeComfyOptions = {}): Promise<FakeComfy> {
  let interrupted = false;
  let started: (() => void) | null = null;
  let count = 0;
  const outputs = new Map<string, string[]>();
  const files = new Map<string, Uint8Array>();
  const fake: FakeComfy = {
    url: "", requests: [], prompts: [], sockets: [], interrupts: 0, options,
    rendering: () => new Promise((resolve) => (started = resolve)),
    close: () => new Promise((resolve) => {
      for (const ws of fake.sockets) ws.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const send = (clientId: string, type: string, data: unknown) => {
    for (const ws of fake.sockets) if (ws.path.includes(`clientId=${clientId}`)) ws.sendText(JSON.stringify({ type, data }));
  };
  const execute = async (id: string, prompt: FakeComfy["prompts"][number]["prompt"], clientId: string) => {
    const sampler = prompt["3"].inputs;
    const latent = prompt["5"].inputs;
    send(clientId, "execution_start", { prompt_id: id });
    send(clientId, "executing", { node: "3", prompt_id: id });
    started?.();
    for (let step = 1; step <= sampler.steps; step++) {
      await new Promise((r) => setTimeout(r, fake.options.stepMs ?? 10));
      if (interrupted) return send(clientId, "execution_interrupted", { prompt_id: id, node_id: "3" });
      if (fake.options.executionError && step === 2) {
        return send(clientId, "execution_error", { prompt_id: id, node_id: "3", node_type: "KSampler", exception_message: fake.options.executionError });
      }
      send(clientId, "progress", { value: step, max: sampler.steps, prompt_id: id, node: "3" });
      const preview = makePng(4, 4, [step, 0, 0]);
      const frame = new Uint8Array(8 + preview.length);
      new DataView(frame.buffer).setUint32(0, 1);
      new DataView(frame.buffer).setUint32(4, 2);
      frame.set(preview, 8);
      for (const ws of fake.sockets) if (ws.path.includes(`clientId=${clientId}`)) ws.sendBinary(frame);
    }
    const names = Array.from({ length: latent.batch_size ?? latent.amount ?? 1 }, (_, i) => `PromptStudio_${id}_${i}.png`);
    for (const [i, name] of names.entries()) files.set(name, makePng(8, 8, [0, 30 * i, 90], { prompt: JSON.stringify(prompt) }));
    outputs.set(id, names);
    send(clientId, "executing", { node: null, prompt_id: id });
  };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://x");
    fake.requests.push({ method: req.method ?? "GET", path: url.pathname + url.search, body: raw.toString("latin1"), contentType: String(req.headers["content-type"] ?? "") });
    const json = (status: number, value: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
    if (url.pathname === "/object_info/CheckpointLoaderSimple") {
      return json(200, { CheckpointLoaderSimple: { input: { required: { ckpt_name: [fake.options.checkpoints ?? ["sd15.safetensors"], {}] } } } });
    }
    if (url.pathname === "/upload/image") {
      const form = await new Response(raw, { headers: { "content-type": String(req.headers["content-type"]) } }).formData();
      const file = form.get("image") as File;
      files.set(file.name, new Uint8Array(await file.arrayBuffer()));
      return json(200, { name: file.name, subfolder: "", type: "input" });
    }
    if (url.pathname === "/prompt" && req.method === "POST") {
      const body = JSON.parse(raw.toString("utf8"));
      fake.prompts.push(body);
      const id = `prompt-${++count}`;
      interrupted = false;
      json(200, { prompt_id: id, number: count, node_errors: {} });
      return void execute(id, body.prompt, body.client_id);
    }
    if (url.pathname === "/interrupt") {
      fake.interrupts += 1;
      interrupted = true;
      return json(200, {});
    }
    if (url.pathname.startsWith("/history/")) {
      const id = decodeURIComponent(url.pathname.slice("/history/".length));
      const names = outputs.get(id) ?? [];
      return json(200, { [id]: { outputs: { "9": { images: names.map((filename) => ({ filename, subfolder: "", type: "output" })) } }, status: { completed: true } } });
    }
    if (url.pathname === "/view") {
      const file = files.get(url.searchParams.get("filename") ?? "");
      return file ? res.writeHead(200, { "content-type": "image/png" }).end(file) : json(404, { error: "not found" });
    }
    json(404, { error: "not found" });
  });
  server.on("upgrade", (req, socket) => {
    if (!req.url?.startsWith("/ws")) return socket.destroy();
    const ws = acceptWebSocket(req, socket);
    fake.sockets.push(ws);
    ws.sendText(JSON.stringify({ type: "status", data: { status: { exec_info: { queue_remaining: 0 } }, sid: "x" } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

