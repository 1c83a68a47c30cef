"use client";

import { useState } from "react";
import type { Messages } from "../i18n/messages";

/** "Save to history" with its confirmation, shown while the prompts are still the ones saved. */
export function SaveHistoryButton({ onSave, current, className, t }: {
  /** Saves a version and answers its id (null when saving failed: the composer shows that error). */
  onSave: () => Promise<number | null>;
  /** The prompts now: the confirmation goes once they change. */
  current: string;
  className: string;
  t: Messages;
}) {
  const [saved, setSaved] = useState<{ id: number; text: string } | null>(null);
  const save = async () => {
    const text = current;
    const id = await onSave();
    setSaved(id === null ? null : { id, text });
  };
  return (
    <span className="flex items-center gap-2">
      <span role="status" className="text-xs text-emerald-700 dark:text-emerald-400">{saved?.text === current ? t.savedToHistory(saved.id) : ""}</span>
      <button type="button" className={className} onClick={() => void save()}>{t.saveToHistory}</button>
    </span>
  );
}
