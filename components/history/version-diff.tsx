"use client";

import { useMemo } from "react";
import { diffVersions, type TagChange } from "@/lib/history/tag-diff";
import type { HistoryItem } from "@/lib/history/version";
import type { Messages } from "../i18n/messages";

const TONE: Record<TagChange["kind"], string> = {
  added: "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  removed: "border-red-300 bg-red-50 text-red-800 line-through decoration-red-400 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
  reweighted: "border-amber-300 bg-amber-50 text-amber-800 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  moved: "border-sky-300 bg-sky-50 text-sky-800 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200",
};

const w = (x: number) => String(Math.round(x * 100) / 100);

/** A change as a chip shows it: `+ hat`, `− smile`, `smile 1 → 1.3`, `↕ 1girl 2 → 3`. */
function chipText(c: TagChange): string {
  switch (c.kind) {
    case "added": return `+ ${c.text}`;
    case "removed": return `− ${c.text}`;
    case "reweighted": return `${c.key} ${w(c.oldWeight)} → ${w(c.weight)}`;
    case "moved": return `↕ ${c.text} ${c.from + 1} → ${c.to + 1}`;
  }
}

/** The tag-level changes from one version to another as chips, each of which can be cherry-picked into the current prompt. */
export function VersionDiff({ older, newer, onCherryPick, t }: { older: HistoryItem; newer: HistoryItem; onCherryPick: (change: TagChange) => void; t: Messages }) {
  const changes = useMemo(() => diffVersions(older, newer), [older, newer]);
  const title = t.diffTitle(older.id, newer.id);
  return (
    <section aria-label={title} className="flex flex-col gap-1.5 rounded-md border border-stone-200 p-2 dark:border-stone-800">
      <h3 className="text-xs font-semibold">{title}</h3>
      {changes.length === 0 ? <p className="text-xs text-stone-400">{t.diffNone}</p> : (
        <ul className="flex flex-wrap gap-1.5">
          {changes.map((c, i) => {
            const text = (c.field === "negative" ? `${t.diffNegative} · ` : "") + chipText(c);
            return (
              <li key={`${c.field}${c.kind}${c.key}${i}`} data-testid="diff-chip" data-kind={c.kind} title={t.diffKinds[c.kind]}
                className={`flex items-center gap-1 rounded-lg border px-2 py-0.5 font-mono text-xs ${TONE[c.kind]}`}>
                <span>{text}</span>
                <button type="button" onClick={() => onCherryPick(c)} aria-label={`${t.cherryPick}: ${text}`} title={t.cherryPickHint}
                  className="rounded bg-white/70 px-1 font-sans text-[10px] text-indigo-700 no-underline hover:bg-white dark:bg-stone-900/70 dark:text-indigo-300">
                  {t.cherryPick}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
