"use client";

import { memo, useId, useState } from "react";
import type { TagKind } from "@/lib/prompt/tag-parts";
import type { Messages } from "../i18n/messages";
import { gridMessages } from "../grid/grid-messages";

export interface ChipActions {
  toggle: (index: number) => void;
  remove: (index: number) => void;
  move: (from: number, to: number) => void;
  edit: (index: number, body: string) => void;
  weigh: (index: number, weight: number) => void;
  /** One step of the weight up or down, as the user means it on this kind of tag (lib/prompt/tag-parts stepTagWeight). */
  nudge: (index: number, direction: 1 | -1) => void;
  /** Opens the same-seed comparison grid for this tag. */
  compare?: (index: number) => void;
}

const KIND_LABEL: Record<TagKind, { zh: string; en: string } | null> = {
  tag: null, group: { zh: "组", en: "group" }, editing: { zh: "编辑", en: "editing" }, alternation: { zh: "交替", en: "alternate" },
  network: { zh: "网络", en: "network" }, keyword: { zh: "关键字", en: "keyword" },
};

function weightTone(w: number): string {
  if (w >= 1.4) return "bg-orange-500 text-white";
  if (w > 1.0001) return "bg-orange-200 text-orange-900 dark:bg-orange-800 dark:text-orange-100";
  if (w < 0.9999) return "bg-sky-200 text-sky-900 dark:bg-sky-800 dark:text-sky-100";
  return "bg-stone-200 text-stone-600 dark:bg-stone-700 dark:text-stone-300";
}

/** One tag as a chip: English, its Chinese gloss, its weight (±0.1 or typed), enable/disable, edit, delete, drag. */
export const TagChip = memo(function TagChip(props: {
  index: number; body: string; gloss: string | null | undefined; weight: number; kind: TagKind; disabled: boolean;
  count: number; actions: ChipActions; t: Messages; locale: "zh" | "en";
  /** The prompt check found something in this tag. */
  flagged?: boolean;
}) {
  const { index, body, gloss, weight, kind, disabled, count, actions, t, locale, flagged = false } = props;
  const [editing, setEditing] = useState(false);
  const glossId = useId();
  const kindLabel = KIND_LABEL[kind];
  const w = Math.round(weight * 100) / 100;

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey && (e.key === "ArrowLeft" || e.key === "ArrowRight")) {
      e.preventDefault();
      actions.move(index, Math.max(0, Math.min(count - 1, index + (e.key === "ArrowLeft" ? -1 : 1))));
    } else if (e.key === "Delete") {
      e.preventDefault();
      actions.remove(index);
    }
  };

  return (
    <li
      draggable={!editing}
      onDragStart={(e) => e.dataTransfer.setData("text/x-tag-index", String(index))}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const from = Number(e.dataTransfer.getData("text/x-tag-index"));
        if (Number.isInteger(from) && from !== index) actions.move(from, index);
      }}
      data-testid="tag-chip"
      data-disabled={disabled}
      data-lint={flagged || undefined}
      className={`group flex items-stretch rounded-lg border text-left [contain:layout_paint] ${disabled ? "border-dashed border-stone-300 opacity-45 dark:border-stone-600" : "border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-900"} ${flagged ? "ring-2 ring-amber-400/80" : ""}`}
    >
      {editing ? (
        <input
          autoFocus
          aria-label={t.editTag}
          defaultValue={body}
          className="w-48 bg-transparent px-2 py-1 font-mono text-xs outline-none"
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              actions.edit(index, e.currentTarget.value);
              setEditing(false);
            } else if (e.key === "Escape") setEditing(false);
          }}
          onBlur={(e) => {
            if (e.currentTarget.value !== body) actions.edit(index, e.currentTarget.value);
            setEditing(false);
          }}
        />
      ) : (
        <button type="button" onClick={() => actions.toggle(index)} onKeyDown={onKeyDown} aria-pressed={!disabled} aria-label={body}
          aria-describedby={glossId} title={disabled ? t.enableTag : t.disableTag} className="flex cursor-grab flex-col px-2 py-1 text-left">
          <span className={`font-mono text-xs ${disabled ? "line-through" : ""}`}>{body}</span>
          <span id={glossId} className={`text-[11px] ${gloss ? "text-stone-500" : "text-amber-600"}`}>
            {kindLabel ? <span className="mr-1 rounded bg-violet-100 px-1 text-violet-700 dark:bg-violet-900 dark:text-violet-200">{kindLabel[locale]}</span> : null}
            {gloss === undefined ? "…" : (gloss ?? t.unknownGloss)}
          </span>
        </button>
      )}
      <div className="flex items-center gap-0.5 border-l border-stone-100 px-1 dark:border-stone-800">
        <button type="button" aria-label={`${t.decreaseWeight}: ${body}`} onClick={() => actions.nudge(index, -1)} className="px-1 text-xs text-stone-500 hover:text-stone-900 dark:hover:text-white">−</button>
        <span role="spinbutton" tabIndex={0} aria-label={t.weightOf(body)} aria-valuenow={w} aria-valuemin={kind === "network" ? -10 : 0} aria-valuemax={10}
          onKeyDown={(e) => {
            if (e.key === "ArrowUp" || e.key === "ArrowDown") {
              e.preventDefault();
              actions.nudge(index, e.key === "ArrowUp" ? 1 : -1);
            }
          }}
          className={`min-w-9 rounded px-1 text-center font-mono text-[11px] outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${weightTone(w)}`}>
          {w.toFixed(2).replace(/0$/, "")}
        </span>
        <button type="button" aria-label={`${t.increaseWeight}: ${body}`} onClick={() => actions.nudge(index, 1)} className="px-1 text-xs text-stone-500 hover:text-stone-900 dark:hover:text-white">+</button>
        {actions.compare ? <button type="button" aria-label={gridMessages[locale].compareTag(body)} title={gridMessages[locale].compareTag(body)}
          onClick={() => actions.compare?.(index)} className="px-1 text-xs text-stone-400 hover:text-indigo-600">▦</button> : null}
        <button type="button" aria-label={`${t.editTag}: ${body}`} onClick={() => setEditing(true)} className="px-1 text-xs text-stone-400 hover:text-indigo-600">✎</button>
        <button type="button" aria-label={`${t.deleteTag}: ${body}`} onClick={() => actions.remove(index)} className="px-1 text-xs text-stone-400 hover:text-red-600">×</button>
      </div>
    </li>
  );
});
