"use client";

import { CATEGORY_NAMES } from "@/lib/dictionary/categories";
import { TAG_ORDER, type ExpandedTag, type TagCategory } from "@/lib/expander/types";
import type { Locale, Messages } from "../i18n/messages";

/** The tags of an expansion grouped by category, each with its Chinese name and a checkbox (ticked unless unticked). */
export function TagGroups({ tags, unticked, onToggle, locale, t }: {
  tags: ExpandedTag[];
  unticked: Set<string>;
  onToggle: (tag: string) => void;
  locale: Locale;
  t: Messages;
}) {
  const groups = TAG_ORDER.map((category) => ({ category, tags: tags.filter((tag) => tag.category === category) })).filter((g) => g.tags.length);
  const name = (c: TagCategory) => (c === "other" ? t.expandOther : CATEGORY_NAMES[c][locale]);
  return (
    <div className="flex flex-col gap-2">
      {groups.map((group) => (
        <fieldset key={group.category} className="flex flex-wrap items-start gap-1.5">
          <legend className="mb-1 text-[11px] font-semibold text-stone-500">{name(group.category)}</legend>
          {group.tags.map((tag) => (
            <label key={tag.tag} className={`flex cursor-pointer items-start gap-1 rounded-lg border px-2 py-1 text-xs ${unticked.has(tag.tag) ? "border-stone-200 opacity-50 dark:border-stone-700" : "border-indigo-200 bg-indigo-50/60 dark:border-indigo-900 dark:bg-indigo-950/40"}`}>
              <input type="checkbox" className="mt-0.5" aria-label={tag.tag} checked={!unticked.has(tag.tag)} onChange={() => onToggle(tag.tag)} />
              <span className="flex flex-col">
                <span className="font-medium">{tag.tag}{tag.added ? <span className="ml-1 text-[10px] text-emerald-600" title={t.expandAddedLegend}>+</span> : null}</span>
                <span className="text-[11px] text-stone-500">{tag.zh}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      {tags.some((tag) => tag.added) ? <p data-testid="expand-added-legend" className="text-[11px] text-stone-500"><span className="text-emerald-600">+</span> {t.expandAddedLegend.replace(/^\+ ?/, "")}</p> : null}
    </div>
  );
}
