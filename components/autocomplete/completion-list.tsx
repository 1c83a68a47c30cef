"use client";

import { CATEGORY_DOT } from "./category-dot";
import type { CompletionState } from "./use-completion";

/** "4.3M", "12k", "870": post counts the way tag lists show them. */
export function compactCount(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(n >= 10_000_000 ? 0 : 1)}M`;
  if (n >= 1_000) return `${(n / 1_000).toFixed(n >= 10_000 ? 0 : 1)}k`;
  return String(n);
}

/** The suggestion list under the caret: tag, Chinese name, category colour and post count; click or Enter/Tab. */
export function CompletionList({ id, state, position, onPick, onHover, label }: {
  id: string;
  state: CompletionState;
  position: { top: number; left: number };
  onPick: (index: number) => void;
  onHover: (index: number) => void;
  label: string;
}) {
  return (
    <ul id={id} role="listbox" aria-label={label} data-query={state.target.query} style={{ top: position.top, left: position.left }}
      className="absolute z-30 max-h-72 w-80 max-w-[calc(100%-1rem)] overflow-y-auto rounded-lg border border-stone-200 bg-white py-1 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900">
      {state.items.map((item, i) => (
        <li key={item.tag} id={`${id}-${i}`} role="option" aria-selected={i === state.active}
          onMouseDown={(e) => { e.preventDefault(); onPick(i); }} onMouseEnter={() => onHover(i)}
          className={`flex cursor-pointer items-center gap-2 px-2 py-1 ${i === state.active ? "bg-indigo-50 dark:bg-indigo-950" : ""}`}>
          <span aria-hidden className={`h-2 w-2 shrink-0 rounded-full ${CATEGORY_DOT[item.category] ?? "bg-stone-400"}`} />
          <span className="min-w-0 flex-1 truncate">
            <span className="font-medium">{item.tag}</span>
            {item.zh ? <span className="ml-2 text-stone-500 dark:text-stone-400">{item.zh}</span> : null}
            {item.via ? <span className="ml-2 text-xs text-stone-400">← {item.via}</span> : null}
          </span>
          <span className="shrink-0 text-xs tabular-nums text-stone-400">{compactCount(item.posts)}</span>
        </li>
      ))}
    </ul>
  );
}
