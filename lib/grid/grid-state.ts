/** Where one cell of a running grid is. */
export interface GridCellState {
  status: "waiting" | "queued" | "running" | "done" | "failed" | "cancelled";
  /** Step i of n while running. */
  step: number;
  steps: number;
  seed?: number;
  infotext?: string;
  error?: { code: string; message: string; messageZh: string };
}

/**
 * A grid job as its followers see it (sent whole on every change; cells and the grid image are fetched by URL:
 * /api/grid/<id>/cells/<n> and /api/grid/<id>/image).
 */
export interface GridState {
  id: string;
  status: "running" | "composing" | "done" | "cancelled" | "failed";
  columns: number;
  rows: number;
  xTitle: string;
  yTitle: string | null;
  xLabels: string[];
  yLabels: string[];
  cells: GridCellState[];
  /** Seconds the whole grid was estimated to take when it started. */
  estimateSeconds: number;
  /** The grid image's infotext, once it is composed. */
  infotext?: string;
  error?: { code: string; message: string; messageZh: string };
}

/** What a grid would cost: its images and the seconds they should take on the chosen backend. */
export interface GridEstimate {
  images: number;
  columns: number;
  rows: number;
  seconds: number;
  /** False when no render has finished on that backend yet (a default time per image is used). */
  measured: boolean;
}

/** A grid's events end with one of these states. */
export const isFinalGridState = (state: GridState) => state.status === "done" || state.status === "cancelled" || state.status === "failed";
