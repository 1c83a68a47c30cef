import type { RenderEvent } from "./render-events";
import type { RenderTiming } from "./render-timing";
import type { RenderedImage } from "./render-types";

/** Where a render job is: waiting, running, or finished one way or another. */
export type RenderJobStatus = "queued" | "running" | "done" | "failed" | "cancelled";

/** A job's state as GET /api/render/<id> answers it: its place in line while queued (0 once running). */
export interface RenderJobState {
  status: RenderJobStatus;
  position: number | null;
  images: number;
  /** Team mode: the worker that has (or last had) the job. */
  worker?: string | null;
}

/**
 * Who submits or looks at a job, in team mode (null in the single-user default, and for the command line's anonymous
 * jobs): jobs belong to their submitter, whom admins may also see; the limits are the admin's for this user, null for
 * the team's defaults.
 */
export interface QueueUser {
  id: string;
  role: "admin" | "member";
  maxWaitingJobs: number | null;
  imagesPerHour: number | null;
}

/**
 * What the app's render routes, the grid and the command line need of a render queue. Two implementations: the
 * in-memory RenderQueue of the single-user default (one process, renders in this process) and the team queue on
 * PostgreSQL (any web instance submits and follows, workers render). Methods may answer at once or later.
 */
export interface RenderJobQueue {
  /** Validates and queues a request; answers its job id and place in line. Throws AppError("busy" | "rate_limited" | "invalid_input"). */
  submit(input: unknown, user?: QueueUser | null): Promise<{ jobId: string; position: number }>;
  /** Follows a job: its latest state at once, then every event until done or error. Returns the unsubscribe. */
  subscribe(jobId: string, listener: (event: RenderEvent) => void, viewer?: QueueUser | null): () => void;
  /** Cancels a waiting or running job; a finished one is left as it is. Answers its status. */
  cancel(jobId: string, viewer?: QueueUser | null): { status: RenderJobStatus } | Promise<{ status: RenderJobStatus }>;
  /** A job's state. Throws AppError("not_found") for a job that does not exist or is not the viewer's. */
  status(jobId: string, viewer?: QueueUser | null): RenderJobState | Promise<RenderJobState>;
  /** Image `index` of a finished job. Throws AppError("not_found"). */
  image(jobId: string, index: number, viewer?: QueueUser | null): RenderedImage | Promise<RenderedImage>;
  /** How long the last render on the backend this request would use took per image; null when none finished yet. */
  lastTiming(input: unknown): Promise<RenderTiming | null>;
}
