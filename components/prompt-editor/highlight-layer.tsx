import { memo } from "react";
import type { HighlightKind, HighlightSpan } from "@/lib/prompt/highlight";
import { sameNumbers } from "@/lib/same-numbers";

const KIND_CLASS: Record<HighlightKind, string> = {
  text: "",
  bracket: "text-stone-400 dark:text-stone-500",
  "weight-number": "text-orange-600 dark:text-orange-400",
  escape: "text-stone-500",
  editing: "text-violet-600 dark:text-violet-400",
  alternation: "text-teal-600 dark:text-teal-400",
  keyword: "text-rose-600 dark:text-rose-400",
  network: "text-emerald-700 bg-emerald-100/70 dark:text-emerald-300 dark:bg-emerald-900/40",
  stray: "text-red-700 bg-red-200/80 dark:text-red-300 dark:bg-red-900/60",
};

function weightClass(weight: number): string {
  if (weight === 1) return "";
  if (weight >= 1.4) return "bg-orange-300/70 dark:bg-orange-700/60";
  if (weight >= 1.2) return "bg-orange-200/70 dark:bg-orange-800/50";
  if (weight > 1) return "bg-amber-100 dark:bg-amber-900/40";
  if (weight <= 0.8) return "bg-sky-200/70 dark:bg-sky-800/50";
  return "bg-sky-100 dark:bg-sky-900/40";
}

type Ranges = ReadonlyArray<readonly [number, number]>;
const sameRanges = (a: Ranges, b: Ranges) => a === b || (a.length === b.length && a.every(([s, e], i) => s === b[i][0] && e === b[i][1]));

// Its lists arrive as new arrays on most renders: compared by value, the layer redraws only when what it shows changed.
function sameLayer(a: HighlightLayerProps, b: HighlightLayerProps): boolean {
  return a.text === b.text && a.spans === b.spans && a.chunkLabel === b.chunkLabel && sameNumbers(a.chunkStarts, b.chunkStarts) &&
    sameRanges(a.dimmed, b.dimmed) && sameRanges(a.flagged ?? [], b.flagged ?? []);
}

interface HighlightLayerProps {
  text: string;
  spans: HighlightSpan[];
  chunkStarts: number[];
  chunkLabel: string;
  dimmed: Array<[number, number]>;
  /** Ranges to point out (Chinese that translation could not read). */
  flagged?: Array<[number, number]>;
}

/** The coloured copy of the text drawn under the transparent textarea, with chunk boundaries marked. */
export const HighlightLayer = memo(function HighlightLayer({ text, spans, chunkStarts, chunkLabel, dimmed, flagged = [] }: HighlightLayerProps) {
  const marks = chunkStarts.slice(1).filter((at) => at > 0 && at < text.length);
  const cuts = [...new Set([...spans.map((s) => s.start), ...marks, ...dimmed.flat(), ...flagged.flat()])].filter((c) => c < text.length).sort((a, b) => a - b);
  const isDimmed = (at: number) => dimmed.some(([s, e]) => at >= s && at < e);
  const isFlagged = (at: number) => flagged.some(([s, e]) => at >= s && at < e);
  const pieces = [];
  let spanIndex = 0;
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1] ?? text.length;
    while (spanIndex + 1 < spans.length && spans[spanIndex].end <= start) spanIndex++;
    const span = spans[spanIndex];
    const markIndex = marks.indexOf(start);
    if (markIndex !== -1) {
      // The rule marks the boundary in the text; the label goes to the gutter at the end of that line (globals.css).
      pieces.push(<span key={`m${start}`} className="chunk-mark" />);
      pieces.push(<span key={`l${start}`} className="chunk-label" data-testid="chunk-label">{`${chunkLabel} ${markIndex + 2}`}</span>);
    }
    const dim = (isDimmed(start) ? " opacity-40 line-through" : "") + (isFlagged(start) ? " unknown-fragment bg-amber-200/80 underline decoration-amber-600 decoration-wavy dark:bg-amber-800/60" : "");
    const cls = (span ? `${KIND_CLASS[span.kind]} ${span.kind === "text" ? weightClass(span.weight) : ""}` : "") + dim;
    pieces.push(<span key={start} className={cls}>{text.slice(start, end)}</span>);
  }
  // A trailing newline needs a character after it to take up its line.
  return <>{pieces}{text.endsWith("\n") ? " " : null}</>;
}, sameLayer);
