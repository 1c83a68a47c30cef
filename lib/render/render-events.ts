/** What a render job tells its followers, in order: queued (again as it moves up), progress…, then done or error. */
export type RenderEvent = RenderQueuedEvent | RenderProgressEvent | RenderDoneEvent | RenderErrorEvent;

/** Waiting in line: position 0 is running now, 1 is next, … */
export interface RenderQueuedEvent {
  type: "queued";
  position: number;
}

/** Step i of n of image k of m, the seconds left (estimated) and the live preview as a data: URL. */
export interface RenderProgressEvent {
  type: "progress";
  step: number;
  steps: number;
  image: number;
  images: number;
  etaSeconds: number | null;
  preview?: string;
}

/** The finished images (fetched one by one from the server by index) and the seed of the first. */
export interface RenderDoneEvent {
  type: "done";
  seed: number;
  images: Array<{ index: number; seed: number; infotext: string; url?: string }>;
}

/** The render failed or was cancelled (code "cancelled"); the messages are fit to show the user. */
export interface RenderErrorEvent {
  type: "error";
  error: { code: string; message: string; messageZh: string };
}

/** A finished job's events end the stream. */
export const isFinalRenderEvent = (event: RenderEvent) => event.type === "done" || event.type === "error";

/** The error a cancelled render ends with. */
export const RENDER_CANCELLED = { code: "cancelled", message: "The render was cancelled.", messageZh: "渲染已取消。" } as const;

/** The error for a render id that does not exist, or not for this viewer. */
export const RENDER_NOT_FOUND = { code: "not_found", message: "No such render (finished renders are kept for a while only).", messageZh: "没有这个渲染任务（已完成的任务只保留一段时间）。" } as const;
