import "server-only";
import { AppError } from "../errors";
import { errorEvent } from "../http/ndjson-response";
import { backendKey } from "./backend-key";
import { previewDataUrl } from "./preview-data-url";
import { teamMode } from "../auth/current-user.server";
import { RENDER_CANCELLED, RENDER_NOT_FOUND, type RenderDoneEvent, type RenderErrorEvent, type RenderEvent } from "./render-events";
import { estimateEtaSeconds, renderFraction } from "./render-eta";
import type { RenderJobQueue, RenderJobStatus } from "./render-job-queue";
import { validateRenderRequest } from "./render-request-schema";
import { measureRenderTiming, type RenderTiming } from "./render-timing";
import type { RenderBackend, RenderProgress, RenderRequest, RenderResult } from "./render-types";
import { TeamRenderQueue } from "./team-queue/team-queue.server";

/**
 * The backend a request runs on and its lane: renders in one lane (one device or server) run one at a time. A lane
 * that names a URL ("a1111 http://127.0.0.1:7860") is keyed by the server it reaches, however the URL is spelled.
 */
export interface ResolvedBackend {
  backend: RenderBackend;
  lane: string;
}

/** How a queue picks backends and how much it keeps. */
export interface RenderQueueOptions {
  /** Picks the backend for a request (the settings' choice in the app; a fake in tests). */
  resolveBackend: (request: RenderRequest) => Promise<ResolvedBackend>;
  /** Renders that may wait per lane beyond the running one (default 8). */
  maxWaiting?: number;
  /** Lanes (servers) with work at once (default 8), so that the whole queue is bounded too. */
  maxLanes?: number;
  /** How long finished jobs and their images are kept (default 30 minutes), how many at most (32) and how many bytes (512 MB). */
  keepMs?: number;
  keepJobs?: number;
  keepBytes?: number;
  /** How long a cancelled render may take to stop before its lane moves on anyway (default 10 s). */
  cancelGraceMs?: number;
}

type Status = RenderJobStatus;

interface Job {
  id: string;
  lane: Lane;
  request: RenderRequest;
  backend: RenderBackend;
  controller: AbortController;
  status: Status;
  listeners: Set<(event: RenderEvent) => void>;
  last: RenderEvent;
  result?: RenderResult;
  bytes: number;
  finishedAt: number;
}

interface Lane {
  key: string;
  running: Job | null;
  waiting: Job[];
}

/**
 * The single-user default's queue, in this process's memory: one render at a time per lane, a bounded line behind
 * it, progress to followers, cancel, and results kept a while.
 */
export class RenderQueue implements RenderJobQueue {
  private readonly lanes = new Map<string, Lane>();
  private readonly jobs = new Map<string, Job>();
  // The last finished render's timing per lane (a few dozen lanes at most), for estimates such as a grid's.
  private readonly timings = new Map<string, RenderTiming>();
  private readonly options: Required<RenderQueueOptions>;

  constructor(options: RenderQueueOptions) {
    this.options = { maxWaiting: 8, maxLanes: 8, keepMs: 30 * 60_000, keepJobs: 32, keepBytes: 512 * 1024 * 1024, cancelGraceMs: 10_000, ...options };
  }

  /** Validates and queues a request; answers its job id and place in line (0: starts now). Throws AppError("busy") when the line is full. */
  async submit(input: unknown): Promise<{ jobId: string; position: number }> {
    const request = validateRenderRequest(input);
    const resolved = await this.options.resolveBackend(request);
    const key = backendKey(resolved.lane);
    const { backend } = resolved;
    if (!this.lanes.has(key) && this.lanes.size >= this.options.maxLanes) {
      throw new AppError("busy", `Busy: ${this.lanes.size} render servers already have work. Try again when one finishes.`,
        `繁忙：已有 ${this.lanes.size} 个渲染服务器在工作，请等一个完成后再试。`);
    }
    const lane = this.lanes.get(key) ?? { key, running: null, waiting: [] };
    this.lanes.set(key, lane);
    const position = lane.waiting.length + (lane.running ? 1 : 0);
    if (lane.waiting.length >= this.options.maxWaiting) {
      const max = this.options.maxWaiting;
      throw new AppError("busy", `Busy, position ${position}: ${max} renders are already waiting. Try again when one finishes.`,
        `繁忙，排队位置 ${position}：已有 ${max} 个渲染在等待，请等一个完成后再试。`);
    }
    const job: Job = { id: crypto.randomUUID(), lane, request, backend, controller: new AbortController(), status: "queued", listeners: new Set(),
      last: { type: "queued", position }, bytes: 0, finishedAt: 0 };
    this.jobs.set(job.id, job);
    lane.waiting.push(job);
    this.pump(lane);
    return { jobId: job.id, position };
  }

  /** Follows a job: the listener hears its latest state at once, then every event until done or error. Returns the unsubscribe. */
  subscribe(jobId: string, listener: (event: RenderEvent) => void): () => void {
    const job = this.find(jobId);
    notify(listener, job.last);
    if (job.finishedAt) return () => {};
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Cancels a waiting or running job (a finished one is left as it is) and answers its status. */
  cancel(jobId: string): { status: Status } {
    const job = this.find(jobId);
    if (job.status === "queued") {
      job.lane.waiting = job.lane.waiting.filter((j) => j !== job);
      this.announcePositions(job.lane);
    }
    if (job.status === "queued" || job.status === "running") {
      job.controller.abort();
      this.finish(job, { type: "error", error: RENDER_CANCELLED });
    }
    return { status: job.status };
  }

  /** A job's state: queued (with its place in line), running, done, failed or cancelled. Throws AppError("not_found"). */
  status(jobId: string): { status: Status; position: number | null; images: number } {
    const job = this.find(jobId);
    const position = job.status === "queued" ? job.lane.waiting.indexOf(job) + 1 : job.status === "running" ? 0 : null;
    return { status: job.status, position, images: job.result?.images.length ?? 0 };
  }

  /** Image `index` of a finished job. */
  image(jobId: string, index: number) {
    const image = this.find(jobId).result?.images[index];
    if (!image) throw new AppError("not_found", "This image does not exist (or is no longer kept).", "该图片不存在（或已不再保留）。");
    return image;
  }

  /** How long the last render on the lane this request would run on took per image; null when none finished yet. */
  async lastTiming(input: unknown): Promise<RenderTiming | null> {
    const resolved = await this.options.resolveBackend(validateRenderRequest(input));
    return this.timings.get(backendKey(resolved.lane)) ?? null;
  }

  private find(jobId: string): Job {
    this.prune();
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError(RENDER_NOT_FOUND.code, RENDER_NOT_FOUND.message, RENDER_NOT_FOUND.messageZh);
    return job;
  }

  private pump(lane: Lane) {
    if (lane.running) return;
    const job = lane.waiting.shift();
    if (!job) {
      // An idle lane is forgotten, so lanes never pile up however many servers were ever named.
      if (this.lanes.get(lane.key) === lane) this.lanes.delete(lane.key);
      return;
    }
    lane.running = job;
    job.status = "running";
    this.emit(job, { type: "queued", position: 0 });
    this.announcePositions(lane);
    void this.run(job).catch((error: unknown) => console.error("[render] a render could not be finished", error)).finally(() => {
      lane.running = null;
      this.pump(lane);
    });
  }

  private async run(job: Job) {
    const started = Date.now();
    const onProgress = (p: RenderProgress) => {
      if (job.status !== "running") return;
      const etaSeconds = p.etaSeconds ?? estimateEtaSeconds(Date.now() - started, renderFraction(p));
      this.emit(job, { type: "progress", step: p.step, steps: p.steps, image: p.image, images: p.images, etaSeconds, preview: previewDataUrl(p.preview) });
    };
    const rendering = (async () => job.backend.render(job.request, { onProgress, signal: job.controller.signal }))();
    try {
      const result = await this.untilSettledOrGivenUp(rendering, job.controller.signal);
      if (job.status !== "running" || !result) return;
      job.result = result;
      job.bytes = result.images.reduce((n, image) => n + image.png.length, 0);
      this.recordTiming(job.lane.key, measureRenderTiming(job.request, Date.now() - started, result.images.length));
      this.finish(job, { type: "done", seed: result.seed, images: result.images.map((image, index) => ({ index, seed: image.seed, infotext: image.infotext })) });
    } catch (error) {
      if (job.status === "running") this.finish(job, await errorEvent(error));
    }
  }

  // A cancelled render gets a grace period to stop; a backend that ignores its signal must not hold the lane for ever.
  private untilSettledOrGivenUp(rendering: Promise<RenderResult>, signal: AbortSignal): Promise<RenderResult | null> {
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const giveUp = () => (timer = setTimeout(() => resolve(null), this.options.cancelGraceMs));
      signal.addEventListener("abort", giveUp, { once: true });
      rendering.then(resolve, reject).finally(() => {
        clearTimeout(timer);
        signal.removeEventListener("abort", giveUp);
      });
    });
  }

  private recordTiming(lane: string, timing: RenderTiming) {
    this.timings.delete(lane);
    this.timings.set(lane, timing);
    if (this.timings.size > 32) this.timings.delete(this.timings.keys().next().value!);
  }

  private finish(job: Job, event: RenderDoneEvent | RenderErrorEvent) {
    job.status = event.type === "done" ? "done" : event.error.code === "cancelled" ? "cancelled" : "failed";
    job.finishedAt = Date.now();
    this.emit(job, event);
    job.listeners.clear();
    this.prune();
  }

  private emit(job: Job, event: RenderEvent) {
    job.last = event;
    for (const listener of job.listeners) notify(listener, event);
  }

  private announcePositions(lane: Lane) {
    lane.waiting.forEach((job, i) => this.emit(job, { type: "queued", position: i + 1 }));
  }

  // Drops finished jobs past their time, then the oldest until the count and byte limits hold.
  private prune() {
    const finished = [...this.jobs.values()].filter((j) => j.finishedAt > 0).sort((a, b) => a.finishedAt - b.finishedAt);
    let bytes = finished.reduce((n, j) => n + j.bytes, 0);
    let count = finished.length;
    const now = Date.now();
    for (const job of finished) {
      if (now - job.finishedAt < this.options.keepMs && count <= this.options.keepJobs && bytes <= this.options.keepBytes) break;
      this.jobs.delete(job.id);
      count -= 1;
      bytes -= job.bytes;
    }
  }
}

function notify(listener: (event: RenderEvent) => void, event: RenderEvent) {
  try {
    listener(event);
  } catch (error) {
    console.error("[render] a progress listener failed", error);
  }
}

const globalForQueue = globalThis as unknown as { renderQueue?: RenderJobQueue };

/**
 * The server's render queue (kept across hot reloads): in team mode (PROMPT_STUDIO_TEAM=1 on PostgreSQL) the shared
 * queue that workers render from; otherwise this process's own, on the backend chosen in the render settings.
 */
export function getRenderQueue(): RenderJobQueue {
  globalForQueue.renderQueue ??= teamMode()
    ? new TeamRenderQueue()
    : new RenderQueue({ resolveBackend: async (request) => (await import("./select-backend.server")).selectRenderBackend(request) });
  return globalForQueue.renderQueue;
}

/** Replaces the server's queue (tests inject one with a fake backend). */
export function setRenderQueue(queue: RenderJobQueue): void {
  globalForQueue.renderQueue = queue;
}
