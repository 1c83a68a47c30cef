import "server-only";
import { isFinalRenderEvent, RENDER_NOT_FOUND, type RenderEvent } from "../render-events";
import { previewDataUrl } from "../preview-data-url";
import type { QueueUser } from "../render-job-queue";
import { mayViewJob } from "./job-access";
import { eventKey, snapshotEvent } from "./job-event";
import { readJobs, readJobsWithPreviews, readOutputs, type JobRow } from "./job-rows.server";
import type { TeamDb } from "./team-db.server";

type Listener = { send: (event: RenderEvent) => void; viewer: QueueUser | null | undefined };

interface Followed {
  listeners: Set<Listener>;
  last?: RenderEvent;
  /** The last preview read (a data: URL) and at which step and image, so an unchanged preview is not read again. */
  preview?: string;
  previewAt?: string;
  ownerId?: string | null;
}

const NOT_FOUND: RenderEvent = { type: "error", error: RENDER_NOT_FOUND };

/**
 * Follows team-mode jobs by polling their rows: one query (plus previews and images when they changed) for all the
 * jobs this process follows, every `pollMs`, however many browsers follow them; each job's events go to its followers
 * as the in-memory queue words them. Any web instance can follow any job, whichever one queued it.
 */
export class JobFollower {
  private readonly followed = new Map<string, Followed>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private polling = false;

  constructor(private readonly db: () => Promise<TeamDb>, private readonly pollMs: number, private readonly onPoll: () => void = () => {}) {}

  /** Adds a follower; it hears the job's latest state as soon as it is known, then every change until the end. */
  follow(jobId: string, send: (event: RenderEvent) => void, viewer: QueueUser | null | undefined): () => void {
    const entry = this.followed.get(jobId) ?? { listeners: new Set<Listener>() };
    this.followed.set(jobId, entry);
    const listener: Listener = { send, viewer };
    entry.listeners.add(listener);
    if (entry.last && entry.ownerId !== undefined) deliver(listener, entry.ownerId, entry.last);
    this.schedule(entry.last ? this.pollMs : 0);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0 && this.followed.get(jobId) === entry) this.followed.delete(jobId);
    };
  }

  private schedule(delayMs: number) {
    if (this.polling || this.followed.size === 0) return;
    if (this.timer && delayMs > 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), delayMs);
    this.timer.unref?.();
  }

  private async poll() {
    this.timer = null;
    this.polling = true;
    try {
      this.onPoll();
      const { pool } = await this.db();
      const ids = [...this.followed.keys()];
      const rows = new Map((await readJobs(pool, ids)).map((row) => [row.id, row]));
      const wantPreview = ids.filter((id) => {
        const row = rows.get(id);
        return row?.status === "running" && row.step > 0 && this.followed.get(id)?.previewAt !== `${row.step} ${row.image}`;
      });
      // Read again with their previews: a row and its preview from two reads could be a step apart, or a finished
      // job's last step with its preview already gone (a job gone by then reads as not found).
      const previews = new Map<string, Uint8Array>();
      for (const id of wantPreview) rows.delete(id);
      for (const { preview, ...row } of await readJobsWithPreviews(pool, wantPreview)) {
        rows.set(row.id, row);
        if (preview) previews.set(row.id, preview);
      }
      for (const id of ids) await this.update(id, rows.get(id), previews.get(id), pool);
    } catch (error) {
      console.error("[render] following render jobs failed (trying again)", (error as Error).message);
    } finally {
      this.polling = false;
      this.schedule(this.pollMs);
    }
  }

  private async update(id: string, row: JobRow | undefined, preview: Uint8Array | undefined, pool: TeamDb["pool"]) {
    const entry = this.followed.get(id);
    if (!entry) return;
    let event = NOT_FOUND;
    if (row) {
      if (preview) Object.assign(entry, { preview: previewDataUrl(preview), previewAt: `${row.step} ${row.image}` });
      if (row.status !== "running") Object.assign(entry, { preview: undefined, previewAt: undefined });
      const outputs = row.status === "done" ? await readOutputs(pool, id) : [];
      event = snapshotEvent({ ...row, preview: entry.preview, outputs });
    }
    entry.ownerId = row?.userId ?? null;
    const changed = !entry.last || eventKey(entry.last) !== eventKey(event);
    entry.last = event;
    if (changed) for (const listener of entry.listeners) deliver(listener, entry.ownerId, event);
    if (isFinalRenderEvent(event)) this.followed.delete(id);
  }
}

function deliver(listener: Listener, ownerId: string | null, event: RenderEvent) {
  try {
    listener.send(mayViewJob(ownerId, listener.viewer) ? event : NOT_FOUND);
  } catch (error) {
    console.error("[render] a progress listener failed", error);
  }
}
