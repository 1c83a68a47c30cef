"use client";

import { useMemo } from "react";
import { moveTag, removeTag, replaceTag, setTagWeight, splitPromptParts, tagIndices, tagKind, tagWeight } from "@/lib/prompt/tag-parts";
import type { Locale, Messages } from "../i18n/messages";
import type { TokenStatsState } from "../prompt-editor/use-token-stats";
import { TagChip, type ChipActions } from "./tag-chip";
import { useGlosses } from "./use-glosses";

interface TagViewProps {
  label: string;
  text: string;
  disabled: string[];
  stats: TokenStatsState;
  onChange: (text: string) => void;
  onToggle: (body: string) => void;
  t: Messages;
  locale: Locale;
}

/** The prompt as chips, grouped by the 75-token chunk each tag starts in; every edit rewrites the text in place. */
export function TagView({ label, text, disabled, stats, onChange, onToggle, t, locale }: TagViewProps) {
  const tags = useMemo(() => {
    const split = splitPromptParts(text);
    return tagIndices(split).map((slot) => {
      const part = split.parts[slot];
      return { body: part.body, start: part.start + part.lead.length, kind: tagKind(part.body), weight: tagWeight(part.body) };
    });
  }, [text]);
  const glosses = useGlosses(useMemo(() => tags.map((tag) => tag.body), [tags]));
  const disabledSet = useMemo(() => new Set(disabled), [disabled]);

  const actions: ChipActions = useMemo(() => ({
    toggle: (i) => onToggle(tags[i].body),
    remove: (i) => onChange(removeTag(text, i)),
    move: (from, to) => onChange(moveTag(text, from, to)),
    edit: (i, body) => onChange(body.trim() ? replaceTag(text, i, body.trim()) : removeTag(text, i)),
    weigh: (i, weight) => onChange(replaceTag(text, i, setTagWeight(tags[i].body, Math.max(0, weight)))),
  }), [text, tags, onChange, onToggle]);

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
    <section aria-label={`${label} · ${t.tagView}`} className="flex flex-col gap-2 border-t border-stone-100 px-3 py-2 dark:border-stone-800">
      <p className="text-[11px] text-stone-400">{t.moveHint}</p>
      {[...groups].map(([chunk, indices]) => (
        <div key={chunk} className="flex flex-col gap-1">
          {groups.size > 1 ? <h3 className="text-[11px] font-semibold text-amber-700 dark:text-amber-400">{t.chunkTitle(chunk + 1, sizes[chunk] ?? 0)}</h3> : null}
          <ul className="flex flex-wrap gap-1.5">
            {indices.map((i) => (
              <TagChip key={`${i}:${tags[i].body}`} index={i} body={tags[i].body} gloss={glosses.get(tags[i].body)} weight={tags[i].weight}
                kind={tags[i].kind} disabled={disabledSet.has(tags[i].body)} count={tags.length} actions={actions} t={t} locale={locale} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
