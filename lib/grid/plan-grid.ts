import { AppError } from "../errors";
import type { Locale } from "../prompt/messages";
import { withoutTags } from "../prompt/tag-parts";
import type { RenderRequest } from "../render/render-types";
import { axisPoints, type AxisPoint } from "./axis-points";
import { MAX_GRID_CELLS, type GridField, type GridSpec } from "./grid-spec";
import { locateTarget, weighSpans, type TargetSpan } from "./prompt-variant";

/** One image of a grid: its place (column, row, from 0) and the render request that makes it. */
export interface GridCell {
  index: number;
  column: number;
  row: number;
  request: RenderRequest;
}

/** A planned grid: cells row by row, with the axes' titles and labels in the UI language. */
export interface GridPlan {
  columns: number;
  rows: number;
  cells: GridCell[];
  xTitle: string;
  yTitle: string | null;
  xLabels: string[];
  yLabels: string[];
}

const invalid = (message: string, messageZh: string) => new AppError("invalid_input", message, messageZh);

/**
 * Plans a grid: every X point across, every Y point down, each a one-image render of the base with the same seed.
 * Throws AppError("invalid_input") when a target is not in its prompt, the axes overlap, or there are too many cells.
 * @example planGrid({ base: { ...base, prompt: "a, smile" }, x: { kind: "weight", target: { field: "prompt", tag: 1 }, values: [0, 1.3] }, y: null }, "en")
 *   .cells.map((c) => c.request.prompt) // ["a", "a, (smile:1.3)"]
 */
export function planGrid(spec: GridSpec, locale: Locale): GridPlan {
  const { base, x, y } = spec;
  if (base.seed < 0) throw invalid("A grid needs a fixed seed.", "网格需要固定的种子。");
  if (y && x.kind === y.kind && x.kind !== "weight" && x.kind !== "toggle") throw invalid("The two axes change the same setting.", "两个轴改变的是同一个参数。");
  const texts = { prompt: base.prompt, negative: base.negative };
  const xs = axisPoints(x, texts, locale);
  const ys = y ? axisPoints(y, texts, locale) : null;
  const count = xs.points.length * (ys?.points.length ?? 1);
  if (count === 0) throw invalid("A grid needs at least one value on each axis.", "每个轴至少需要一个值。");
  if (count > MAX_GRID_CELLS) throw invalid(`A grid has at most ${MAX_GRID_CELLS} images (this one would have ${count}).`, `网格最多 ${MAX_GRID_CELLS} 张图（当前为 ${count} 张）。`);
  const spans = { x: spanOf(xs.points[0], texts), y: ys ? spanOf(ys.points[0], texts) : null };
  if (spans.x && spans.y && spans.x.field === spans.y.field && spans.x.start < spans.y.end && spans.y.start < spans.x.end) {
    throw invalid("The two axes change the same words.", "两个轴改变的是同一段文字。");
  }
  const { disabled = [], ...params } = base;
  const cells: GridCell[] = [];
  (ys?.points ?? [null]).forEach((yp, row) => xs.points.forEach((xp, column) => {
    const points = yp ? [xp, yp] : [xp];
    const text = (field: GridField) => {
      const edits = points.flatMap((p) => (p.weight && p.weight.target.field === field ? [{ ...spanOf(p, texts)!, weight: p.weight.weight }] : []));
      const keep = new Set(edits.map((e) => base[field].slice(e.start, e.end)));
      return withoutTags(weighSpans(base[field], edits), new Set(disabled.filter((d) => !keep.has(d))));
    };
    const request: RenderRequest = { ...params, prompt: text("prompt"), negative: text("negative"), batchCount: 1, batchSize: 1 };
    for (const p of points) Object.assign(request, settingsOf(p));
    cells.push({ index: cells.length, column, row, request });
  }));
  return { columns: xs.points.length, rows: ys?.points.length ?? 1, cells, xTitle: xs.title, yTitle: ys?.title ?? null, xLabels: xs.points.map((p) => p.label), yLabels: ys?.points.map((p) => p.label) ?? [] };
}

const settingsOf = ({ sampler, cfgScale, steps }: AxisPoint): Partial<RenderRequest> =>
  ({ ...(sampler ? { sampler } : {}), ...(cfgScale !== undefined ? { cfgScale } : {}), ...(steps !== undefined ? { steps } : {}) });

function spanOf(point: AxisPoint | undefined, texts: Record<GridField, string>): (TargetSpan & { field: GridField }) | null {
  const target = point?.weight?.target;
  if (!target) return null;
  const span = locateTarget(texts[target.field], target);
  if (!span) throw invalid("The tag to compare is no longer in the prompt.", "要比较的标签已不在提示词中。");
  return { ...span, field: target.field };
}
