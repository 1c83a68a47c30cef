"use client";

import { useState } from "react";
import type { GridState } from "@/lib/grid/grid-state";
import { errorText } from "../api-client";
import type { Locale } from "../i18n/messages";
import { buttonClass } from "../preview-panel/preview-styles";
import type { GridMessages } from "./grid-messages";
import { saveGridCard } from "./save-grid-card";

/** The grid as it fills in (each finished cell opens as its own PNG), then the composed image and "save as card". */
export function GridResult({ state, g, locale }: { state: GridState; g: GridMessages; locale: Locale }) {
  const [note, setNote] = useState<{ text: string; href?: string } | null>(null);
  const done = state.cells.filter((c) => c.status === "done").length;
  const failed = state.cells.filter((c) => c.status === "failed").length;
  const status = state.status === "composing" ? g.composing : state.status === "cancelled" ? g.cancelled : g.progress(done, state.cells.length);
  const save = async () => {
    try {
      const card = await saveGridCard(state);
      setNote({ text: g.cardSaved, href: `/c/${card.slug}` });
    } catch (error) {
      setNote({ text: errorText(error, locale) });
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <p aria-live="polite" className="text-xs tabular-nums text-stone-500">{status}{failed ? ` · ${g.failedCells(failed)}` : ""}</p>
      {state.error && state.status === "failed" ? <p role="alert" className="text-xs text-red-600">{locale === "zh" ? state.error.messageZh : state.error.message}</p> : null}
      <div role="table" aria-label={g.cells} className="grid gap-1 text-[11px]" style={{ gridTemplateColumns: `${state.yLabels.length ? "auto " : ""}repeat(${state.columns}, minmax(0, 8rem))` }}>
        {state.yLabels.length ? <span /> : null}
        {state.xLabels.map((label, i) => <span key={i} role="columnheader" className="truncate text-center text-stone-500">{label}</span>)}
        {Array.from({ length: state.rows }, (_, row) => [
          state.yLabels.length ? <span key={`y${row}`} role="rowheader" className="self-center pr-1 text-stone-500">{state.yLabels[row]}</span> : null,
          ...state.xLabels.map((x, column) => {
            const index = row * state.columns + column;
            const cell = state.cells[index];
            const alt = g.cellAlt(x, state.yLabels[row] ?? "");
            return (
              <div key={index} role="cell" data-status={cell.status} className="aspect-square overflow-hidden rounded border border-stone-200 bg-stone-100 dark:border-stone-700 dark:bg-stone-800">
                {cell.status === "done" ? (
                  <a href={`/api/grid/${state.id}/cells/${index}`} target="_blank" rel="noreferrer" title={`${g.openCell}\n\n${cell.infotext ?? ""}`}>
                    <img src={`/api/grid/${state.id}/cells/${index}`} alt={alt} className="h-full w-full object-contain" />
                  </a>
                ) : (
                  <span className="flex h-full items-center justify-center text-stone-400">{cell.status === "running" ? `${cell.step}/${cell.steps}` : cell.status === "failed" ? "✕" : "…"}</span>
                )}
              </div>
            );
          }),
        ])}
      </div>
      {state.status === "done" ? (
        <div className="flex flex-col gap-1">
          <a href={`/api/grid/${state.id}/image`} target="_blank" rel="noreferrer" title={state.infotext}>
            <img src={`/api/grid/${state.id}/image`} alt={g.gridImage} className="max-h-96 rounded border border-stone-200 object-contain dark:border-stone-700" />
          </a>
          <div className="flex items-center gap-2">
            <button type="button" className={buttonClass} onClick={() => void save()}>{g.saveCard}</button>
            {note ? <p role="status" className="text-xs">{note.text}{note.href ? <a className="text-indigo-600 underline" href={note.href}>{note.href}</a> : null}</p> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
