// Test-only: an AUTOMATIC1111 WebUI API on 127.0.0.1 that "renders" solid-colour PNGs step by step.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { makePng } from "./test-images";

export interface FakeA1111Options {
  /** Milliseconds per sampling step (default 20). */
  stepMs?: number;
  /** Whether GET /sdapi/v1/schedulers exists (A1111 ≥ 1.9; default true). */
  schedulers?: boolean;
  /** Answer txt2img/img2img with this status and body instead of rendering. */
  fail?: { status: number; body: string };
}

export interface FakeA1111 {
  url: string;
  /** Every request: method, path and JSON body. */
  requests: Array<{ method: string; path: string; body: Record<string, any> | null }>;
  interrupts: number;
  options: FakeA1111Options;
  /** Resolves when the next render starts sampling. */
  rendering(): Promise<void>;
  close(): Promise<void>;
}

const IDLE = { job_no: 0, job_count: 0, sampling_step: 0, sampling_steps: 0 };

/** Starts the fake server on a free port of 127.0.0.1. */
export async function startFakeA1111(options: FakeA1111Options = {}): Promise<FakeA1111> {
  let state = { ...IDLE };
  let current = { interrupted: false };
  let started: (() => void) | null = null;
  const fake: FakeA1111 = {
    url: "", requests: [], interrupts: 0, options,
    rendering: () => new Promise((resolve) => (started = resolve)),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  const server = http.createServer(async (req, res) => {
    const text = await new Promise<string>((resolve) => {
      let data = "";
      req.on("data", (c) => (data += c)).on("end", () => resolve(data));
    });
    const body = text ? JSON.parse(text) : null;
    const path = req.url ?? "/";
    fake.requests.push({ method: req.method ?? "GET", path, body });
    const json = (status: number, value: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
    if (path === "/sdapi/v1/schedulers") return fake.options.schedulers === false ? json(404, { detail: "Not Found" }) : json(200, [{ name: "karras", label: "Karras" }]);
    if (path === "/sdapi/v1/interrupt") {
      fake.interrupts += 1;
      current.interrupted = true;
      return json(200, {});
    }
    if (path.startsWith("/sdapi/v1/progress")) {
      const total = state.job_count * state.sampling_steps;
      const done = state.job_no * state.sampling_steps + state.sampling_step;
      const progress = total ? done / total : 0;
      const preview = total && state.sampling_step > 0 ? Buffer.from(makePng(8, 8, [state.sampling_step * 10, 0, 0])).toString("base64") : null;
      return json(200, { progress, eta_relative: total ? ((total - done) * (fake.options.stepMs ?? 20)) / 1000 : 0, state, current_image: preview, textinfo: null });
    }
    if (path === "/sdapi/v1/txt2img" || path === "/sdapi/v1/img2img") {
      if (fake.options.fail) return res.writeHead(fake.options.fail.status, { "content-type": "application/json" }).end(fake.options.fail.body);
      const run = { interrupted: false };
      current = run;
      const seed = body.seed === -1 ? 1234567 : body.seed;
      const jobs: number[] = [];
      state = { job_no: 0, job_count: body.n_iter, sampling_step: 0, sampling_steps: body.steps };
      started?.();
      for (let job = 0; job < body.n_iter && !run.interrupted; job++) {
        state = { ...state, job_no: job, sampling_step: 0 };
        for (let step = 1; step <= body.steps && !run.interrupted; step++) {
          await new Promise((r) => setTimeout(r, fake.options.stepMs ?? 20));
          state = { ...state, sampling_step: step };
        }
        if (!run.interrupted) jobs.push(job);
      }
      state = { ...IDLE };
      const count = jobs.length * body.batch_size;
      const seeds = Array.from({ length: count }, (_, i) => seed + i);
      const sampler = body.scheduler && body.scheduler !== "Automatic" ? `${body.sampler_name}, Schedule type: ${body.scheduler}` : body.sampler_name;
      const infotexts = seeds.map((s) => `${body.prompt}\nNegative prompt: ${body.negative_prompt}\nSteps: ${body.steps}, Sampler: ${sampler}, CFG scale: ${body.cfg_scale}, Seed: ${s}, Size: ${body.width}x${body.height}, Model: fake-model`);
      const images = infotexts.map((p, i) => Buffer.from(makePng(Math.min(body.width, 64), Math.min(body.height, 64), [40 * i, 120, 200], { parameters: p })).toString("base64"));
      return json(200, { images, parameters: body, info: JSON.stringify({ seed, all_seeds: seeds, infotexts, index_of_first_image: 0 }) });
    }
    json(404, { detail: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
