"use client";

import { memo, useMemo, useRef } from "react";
import { moveTag, removeTag, replaceTag, setTagWeight, stepTagWeight } from "@/lib/prompt/tag-parts";
import type { Locale, Messages } from "../i18n/messages";
import { readingOf, type TokenStatsState } from "../prompt-editor/use-token-stats";
import { TagChip, type ChipActions } from "./tag-chip";
import { useGlosses } from "./use-glosses";

interface TagViewProps {
  label: string;
  text: string;
  disabled: string[];
  stats: TokenStatsState;
  onChange: (text: string) => void;
  onToggle: (body: string) => void;
  /** Source ranges the prompt check marks: chips overlapping one get a ring. */
  marks?: Array<[number, number]>;
  /** Opens the comparison grid for tag i (adds a grid entry to each chip). */
  onCompare?: (index: number) => void;
  t: Messages;
  locale: Locale;
}

/** The prompt as chips, grouped by the 75-token chunk each tag starts in; every edit rewrites the text in place. */
export const TagView = memo(function TagView({ label, text, disabled, stats, onChange, onToggle, marks = [], onCompare, t, locale }: TagViewProps) {
  const tags = readingOf(stats, text).tags;
  const glosses = useGlosses(useMemo(() => tags.map((tag) => tag.body), [tags]));
  const disabledSet = useMemo(() => new Set(disabled), [disabled]);

  // Chips get one stable set of actions reading the latest text, so a keystroke re-renders only the chips that changed.
  const latest = useRef({ text, tags, onChange, onToggle });
  latest.current = { text, tags, onChange, onToggle };
  const compare = useRef(onCompare);
  compare.current = onCompare;
  const actions: ChipActions = useMemo(() => {
    const now = () => latest.current;
    return {
      compare: (i) => compare.current?.(i),
      toggle: (i) => now().onToggle(now().tags[i].body),
      remove: (i) => now().onChange(removeTag(now().text, i)),
      move: (from, to) => now().onChange(moveTag(now().text, from, to)),
      edit: (i, body) => now().onChange(body.trim() ? replaceTag(now().text, i, body.trim()) : removeTag(now().text, i)),
      weigh: (i, weight) => now().onChange(replaceTag(now().text, i, setTagWeight(now().tags[i].body, weight))),
      nudge: (i, direction) => now().onChange(replaceTag(now().text, i, stepTagWeight(now().tags[i].body, direction))),
    };
  }, []);

  const starts = stats.status === "ready" ? stats.stats.chunkStarts : [0];
  const sizes = stats.status === "ready" ? stats.stats.chunkSizes : [];
  const chunkOf = (offset: number) => {
    let chunk = 0;
    starts.forEach((s, k) => {
      if (s !== -1 && s <= offset) chunk = k;
    });
    return chunk;
  };
  const groups = new Map<number, number[]>();
  tags.forEach((tag, i) => {
    const c = chunkOf(tag.start);
    groups.set(c, [...(groups.get(c) ?? []), i]);
  });

  if (tags.length === 0) return null;
  return (
    <section aria-label={`${label} · ${t.tagView}`} className="flex flex-col gap-2 [contain:content] border-t border-stone-100 px-3 py-2 dark:border-stone-800">
      <p className="text-[11px] text-stone-400">{t.moveHint}</p>
      {[...groups].map(([chunk, indices]) => (
        <div key={chunk} className="flex flex-col gap-1">
          {groups.size > 1 ? <h3 className="text-[11px] font-semibold text-amber-700 dark:text-amber-400">{t.chunkTitle(chunk + 1, sizes[chunk] ?? 0)}</h3> : null}
          <ul className="flex flex-wrap gap-1.5">
            {indices.map((i) => (
              <TagChip key={`${i}:${tags[i].body}`} index={i} body={tags[i].body} gloss={glosses.get(tags[i].body)} weight={tags[i].weight}
                kind={tags[i].kind} disabled={disabledSet.has(tags[i].body)} count={tags.length} actions={actions} t={t} locale={locale}
                flagged={marks.some(([s, e]) => s < tags[i].start + tags[i].body.length && e > tags[i].start)} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
});
