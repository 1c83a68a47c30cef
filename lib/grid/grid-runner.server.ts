import "server-only";
import { AppError } from "../errors";
import type { Locale } from "../prompt/messages";
import type { RenderDoneEvent, RenderEvent } from "../render/render-events";
import type { QueueUser } from "../render/render-job-queue";
import { getRenderQueue } from "../render/queue.server";
import { mayViewJob } from "../render/team-queue/job-access";
import { DEFAULT_RENDER_TIMING, estimateRenderSeconds, type RenderTiming } from "../render/render-timing";
import type { RenderedImage } from "../render/render-types";
import type { GridImageInput } from "./compose-grid.server";
import { gridInfotext } from "./grid-infotext";
import type { GridSpec } from "./grid-spec";
import { isFinalGridState, type GridCellState, type GridEstimate, type GridState } from "./grid-state";
import { planGrid, type GridPlan } from "./plan-grid";

/** The part of the render queue a grid uses (the app's render queue, a fake in tests). */
export interface GridQueue {
  submit(input: unknown, user?: QueueUser | null): Promise<{ jobId: string }>;
  subscribe(jobId: string, listener: (event: RenderEvent) => void): () => void;
  cancel(jobId: string): unknown;
  image(jobId: string, index: number): RenderedImage | Promise<RenderedImage>;
  lastTiming(input: unknown): Promise<RenderTiming | null>;
}

export interface GridRunnerOptions {
  queue: () => GridQueue;
  compose: (input: GridImageInput) => Promise<Uint8Array>;
  /** Cells of one grid in the render queue at once (default 2: one rendering, one next in line). */
  inFlight?: number;
  /** Grids running at once (default 4), and finished grids kept with their images (default 4, for 30 minutes). */
  maxRunning?: number;
  keepGrids?: number;
  keepMs?: number;
  /** How long to wait before trying again when the queue is full and none of this grid's cells is in it (default 2 s). */
  retryMs?: number;
}

interface Grid {
  state: GridState;
  spec: GridSpec;
  /** Who started it (team mode): its cells count against their render limits. */
  user: QueueUser | null;
  plan: GridPlan;
  pending: number[];
  jobs: Map<number, string>;
  pngs: Array<Uint8Array | null>;
  blocked: boolean;
  cancelled: boolean;
  listeners: Set<(state: GridState) => void>;
  image?: Uint8Array;
  finishedAt: number;
}

/**
 * Runs grids through the render queue as ordinary one-image jobs, a couple at a time per grid so other renders keep
 * their turn and the queue's line never fills; keeps each cell's PNG as it finishes, then composes the labelled grid.
 */
export class GridRunner {
  private readonly grids = new Map<string, Grid>();
  private readonly options: Required<GridRunnerOptions>;

  constructor(options: GridRunnerOptions) {
    this.options = { inFlight: 2, maxRunning: 4, keepGrids: 4, keepMs: 30 * 60_000, retryMs: 2000, ...options };
  }

  /** How many images a grid has and about how long it takes (from the backend's last measured render). */
  async estimate(spec: GridSpec, locale: Locale): Promise<GridEstimate> {
    const plan = planGrid(withSeed(spec, Math.max(0, spec.base.seed)), locale);
    const requests = plan.cells.map((c) => c.request);
    const timing = (await this.options.queue().lastTiming(requests[0])) ?? DEFAULT_RENDER_TIMING;
    return { images: requests.length, columns: plan.columns, rows: plan.rows, seconds: Math.round(estimateRenderSeconds(requests, timing)), measured: timing.measured };
  }

  /** Plans a grid (a random seed shared by every cell when the base's is -1) and starts it. Throws AppError("busy"). */
  async start(input: GridSpec, locale: Locale, user: QueueUser | null = null): Promise<GridState> {
    this.prune();
    const running = [...this.grids.values()].filter((g) => !g.finishedAt).length;
    if (running >= this.options.maxRunning) throw new AppError("busy", `Busy: ${running} grids are already running.`, `繁忙：已有 ${running} 个网格在运行。`);
    const spec = withSeed(input, input.base.seed >= 0 ? input.base.seed : randomSeed());
    // A variation seed of -1 would differ per cell: it is fixed once too.
    if (spec.base.subseedStrength && (spec.base.subseed ?? -1) < 0) spec.base.subseed = randomSeed();
    const plan = planGrid(spec, locale);
    const estimateSeconds = (await this.estimate(spec, locale)).seconds;
    const cells: GridCellState[] = plan.cells.map((c) => ({ status: "waiting", step: 0, steps: c.request.steps }));
    const state: GridState = { id: crypto.randomUUID(), status: "running", columns: plan.columns, rows: plan.rows, xTitle: plan.xTitle, yTitle: plan.yTitle,
      xLabels: plan.xLabels, yLabels: plan.yLabels, cells, estimateSeconds };
    const grid: Grid = { state, spec, user, plan, pending: plan.cells.map((c) => c.index), jobs: new Map(), pngs: plan.cells.map(() => null),
      blocked: false, cancelled: false, listeners: new Set(), finishedAt: 0 };
    this.grids.set(state.id, grid);
    this.pump(grid);
    return snapshot(state);
  }

  /** Follows a grid: the listener hears its state at once and after every change, until it is done. */
  subscribe(id: string, listener: (state: GridState) => void, viewer?: QueueUser | null): () => void {
    const grid = this.find(id, viewer);
    listener(snapshot(grid.state));
    if (isFinalGridState(grid.state)) return () => {};
    grid.listeners.add(listener);
    return () => grid.listeners.delete(listener);
  }

  /** Cancels every cell not finished yet (waiting, in line or rendering); the grid ends as cancelled. */
  cancel(id: string, viewer?: QueueUser | null): GridState {
    const grid = this.find(id, viewer);
    if (grid.cancelled || isFinalGridState(grid.state)) return snapshot(grid.state);
    grid.cancelled = true;
    for (const index of grid.pending.splice(0)) grid.state.cells[index] = { ...grid.state.cells[index], status: "cancelled" };
    // A cell still being submitted has no job id yet: it is cancelled as soon as its submission answers.
    for (const jobId of [...grid.jobs.values()].filter(Boolean)) this.cancelJob(jobId);
    this.pump(grid);
    return snapshot(grid.state);
  }

  /** A grid's state. Throws AppError("not_found"), also for a grid `viewer` may not see (as each method taking one). */
  state(id: string, viewer?: QueueUser | null): GridState {
    return snapshot(this.find(id, viewer).state);
  }

  /** Cell `index`'s PNG (with its own infotext), once it has finished. */
  cellImage(id: string, index: number, viewer?: QueueUser | null): Uint8Array {
    const png = this.find(id, viewer).pngs[index];
    if (!png) throw new AppError("not_found", "This cell has no image (yet).", "这一格还没有图片。");
    return png;
  }

  /** The composed grid PNG, once the grid is done. */
  gridImage(id: string, viewer?: QueueUser | null): Uint8Array {
    const image = this.find(id, viewer).image;
    if (!image) throw new AppError("not_found", "The grid image is not ready.", "网格图片还没有生成。");
    return image;
  }

  // The grid `viewer` may see: its starter's and admins' (mayViewJob, as for renders); undefined is the server itself.
  private find(id: string, viewer?: QueueUser | null): Grid {
    this.prune();
    const grid = this.grids.get(id);
    if (!grid || !mayViewJob(grid.user?.id ?? null, viewer)) throw new AppError("not_found", "No such grid (finished grids are kept for a while only).", "没有这个网格（已完成的网格只保留一段时间）。");
    return grid;
  }

  private pump(grid: Grid) {
    while (!grid.cancelled && !grid.blocked && grid.jobs.size < this.options.inFlight && grid.pending.length) {
      const index = grid.pending.shift()!;
      grid.jobs.set(index, "");
      void this.submit(grid, index);
    }
    if (grid.jobs.size === 0 && (grid.cancelled || grid.pending.length === 0) && grid.state.status === "running") void this.finish(grid);
  }

  private async submit(grid: Grid, index: number) {
    const queue = this.options.queue();
    try {
      const { jobId } = await queue.submit(grid.plan.cells[index].request, grid.user);
      grid.jobs.set(index, jobId);
      queue.subscribe(jobId, (event) => this.onEvent(grid, index, jobId, event));
      if (grid.cancelled) this.cancelJob(jobId);
    } catch (error) {
      grid.jobs.delete(index);
      if (error instanceof AppError && error.code === "busy" && !grid.cancelled) {
        // The line is full (other users' renders): try this cell again when one of ours finishes, or a little later.
        grid.pending.unshift(index);
        grid.blocked = true;
        if (grid.jobs.size === 0) setTimeout(() => this.unblock(grid), this.options.retryMs);
      } else this.setCell(grid, index, { status: grid.cancelled ? "cancelled" : "failed", error: describe(error) });
      this.pump(grid);
    }
  }

  private onEvent(grid: Grid, index: number, jobId: string, event: RenderEvent) {
    if (grid.jobs.get(index) !== jobId) return;
    if (event.type === "queued") this.setCell(grid, index, { status: event.position === 0 ? "running" : "queued" });
    else if (event.type === "progress") this.setCell(grid, index, { status: "running", step: event.step, steps: event.steps });
    else if (event.type === "done") void this.collect(grid, index, jobId, event);
    else {
      grid.jobs.delete(index);
      this.setCell(grid, index, { status: event.error.code === "cancelled" ? "cancelled" : "failed", error: event.error });
      this.unblock(grid);
    }
  }

  // The cell stays in flight until its PNG is in hand, so the grid is never composed without it.
  private async collect(grid: Grid, index: number, jobId: string, event: RenderDoneEvent) {
    try {
      grid.pngs[index] = (await this.options.queue().image(jobId, 0)).png;
      this.setCell(grid, index, { status: "done", step: grid.state.cells[index].steps, seed: event.images[0]?.seed, infotext: event.images[0]?.infotext });
    } catch (error) {
      this.setCell(grid, index, { status: "failed", error: describe(error) });
    }
    grid.jobs.delete(index);
    this.unblock(grid);
  }

  private cancelJob(jobId: string) {
    try {
      const cancelling = this.options.queue().cancel(jobId);
      if (cancelling instanceof Promise) cancelling.catch(() => {});
    } catch {
      // Already gone from the queue: nothing left to stop.
    }
  }

  private unblock(grid: Grid) {
    grid.blocked = false;
    this.pump(grid);
  }

  private setCell(grid: Grid, index: number, change: Partial<GridCellState>) {
    grid.state.cells[index] = { ...grid.state.cells[index], ...change };
    this.emit(grid);
  }

  private async finish(grid: Grid) {
    const done = grid.state.cells.findIndex((c) => c.status === "done");
    if (grid.cancelled || done === -1) {
      const failed = grid.state.cells.find((c) => c.error && c.error.code !== "cancelled");
      Object.assign(grid.state, grid.cancelled ? { status: "cancelled" } : { status: "failed", error: failed?.error ?? describe(null) });
    } else {
      grid.state.status = "composing";
      this.emit(grid);
      try {
        const infotext = gridInfotext(grid.state.cells[done].infotext ?? "", grid.spec);
        const { columns, rows, xTitle, yTitle, xLabels, yLabels } = grid.plan;
        grid.image = await this.options.compose({ columns, rows, cells: grid.pngs, title: yTitle ? `${xTitle} × ${yTitle}` : xTitle, xLabels, yLabels, infotext });
        Object.assign(grid.state, { status: "done", infotext });
      } catch (error) {
        console.error("[grid] the grid image could not be composed", error);
        Object.assign(grid.state, { status: "failed", error: describe(error) });
      }
    }
    grid.finishedAt = Date.now();
    this.emit(grid);
    grid.listeners.clear();
    this.prune();
  }

  private emit(grid: Grid) {
    const state = snapshot(grid.state);
    for (const listener of grid.listeners) {
      try {
        listener(state);
      } catch (error) {
        console.error("[grid] a listener failed", error);
      }
    }
  }

  // Finished grids past their time go, then the oldest until at most keepGrids remain; running grids always stay.
  private prune() {
    const finished = [...this.grids.values()].filter((g) => g.finishedAt).sort((a, b) => a.finishedAt - b.finishedAt);
    finished.forEach((g, i) => {
      if (Date.now() - g.finishedAt > this.options.keepMs || finished.length - i > this.options.keepGrids) this.grids.delete(g.state.id);
    });
  }
}

const withSeed = (spec: GridSpec, seed: number): GridSpec => ({ ...spec, base: { ...spec.base, seed } });
const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0];
const snapshot = (state: GridState): GridState => ({ ...state, cells: state.cells.map((c) => ({ ...c })) });

function describe(error: unknown): { code: string; message: string; messageZh: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message, messageZh: error.messageZh };
  return { code: "render_failed", message: "The grid could not be made.", messageZh: "网格生成失败。" };
}

const globalForGrids = globalThis as unknown as { gridRunner?: GridRunner };

/** The server's grid runner over its render queue (kept across hot reloads). */
export function getGridRunner(): GridRunner {
  globalForGrids.gridRunner ??= new GridRunner({
    queue: getRenderQueue,
    compose: async (input) => (await import("./compose-grid.server")).composeGrid(input),
  });
  return globalForGrids.gridRunner;
}
