import { RENDER_CANCELLED, type RenderEvent } from "../render-events";
import type { RenderJobStatus } from "../render-job-queue";

/** The part of a RenderJob row (and its images) a follower turns into events. */
export interface JobSnapshot {
  status: RenderJobStatus;
  step: number;
  steps: number;
  image: number;
  images: number;
  etaSeconds: number | null;
  /** The last preview as a data: URL, when there is one. */
  preview?: string;
  /** The stored {code, message, messageZh} of a failed or cancelled job. */
  error: string | null;
  seed: number | null;
  /** While queued: jobs of everyone ahead of it. */
  queuedAhead: number;
  /** Once done: its images (index, seed, infotext). */
  outputs: Array<{ index: number; seed: number; infotext: string }>;
}

const FALLBACK_ERROR = { code: "render_failed", message: "The render failed.", messageZh: "渲染失败。" };

/**
 * The event a job's row stands for, in the in-memory queue's words: queued with its place (1 is next; 0 once a worker
 * took it and has not reported a step), progress, done, or error.
 * @example snapshotEvent({ status: "queued", queuedAhead: 2, … }) // { type: "queued", position: 3 }
 */
export function snapshotEvent(job: JobSnapshot): RenderEvent {
  if (job.status === "queued") return { type: "queued", position: job.queuedAhead + 1 };
  if (job.status === "running") {
    if (job.step === 0) return { type: "queued", position: 0 };
    return { type: "progress", step: job.step, steps: job.steps, image: job.image, images: job.images, etaSeconds: job.etaSeconds, ...(job.preview ? { preview: job.preview } : {}) };
  }
  if (job.status === "done") return { type: "done", seed: job.seed ?? job.outputs[0]?.seed ?? 0, images: job.outputs };
  return { type: "error", error: job.status === "cancelled" ? readError(job.error, RENDER_CANCELLED) : readError(job.error, FALLBACK_ERROR) };
}

/**
 * What tells two events apart for a follower (a preview alone does not: it changes with the step), so an unchanged row
 * is not sent again.
 * @example eventKey({ type: "progress", step: 3, steps: 20, image: 1, images: 1, etaSeconds: 4 }) // "progress 3/20 1/1"
 */
export function eventKey(event: RenderEvent): string {
  if (event.type === "queued") return `queued ${event.position}`;
  if (event.type === "progress") return `progress ${event.step}/${event.steps} ${event.image}/${event.images}`;
  return event.type;
}

function readError(stored: string | null, fallback: typeof FALLBACK_ERROR): typeof FALLBACK_ERROR {
  if (!stored) return fallback;
  try {
    const { code, message, messageZh } = JSON.parse(stored) as Partial<typeof FALLBACK_ERROR>;
    if (typeof code === "string" && typeof message === "string") return { code, message, messageZh: typeof messageZh === "string" ? messageZh : message };
  } catch {
    // Not JSON: the fallback says what happened.
  }
  return fallback;
}
