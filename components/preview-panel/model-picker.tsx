"use client";

import { useEffect, useState } from "react";
import type { ModelsView } from "@/lib/models/model-summary";
import { callApi } from "../api-client";
import { formatSize, type PreviewMessages } from "./preview-messages";
import { inputClass, labelClass } from "./preview-styles";

export interface ModelPickerProps {
  /** The chosen model's id; null: the default (newest). */
  value: string | null;
  onChange: (id: string | null) => void;
  m: PreviewMessages;
}

/** The built-in pipeline's models by name, type and size; the choice is kept in the browser with the other options. */
export function ModelPicker({ value, onChange, m }: ModelPickerProps) {
  const [view, setView] = useState<ModelsView | null>(null);
  useEffect(() => {
    callApi<ModelsView>("/api/models").then(setView, () => setView(null));
  }, []);
  const known = view?.models.some((model) => model.id === value) ?? false;
  useEffect(() => {
    // A remembered model that was removed since: back to the default rather than a render that fails.
    if (view && value !== null && !known) onChange(null);
  }, [view, value, known, onChange]);
  if (!view || view.models.length === 0) return null;
  const newest = view.models.find((model) => model.id === view.defaultId)?.name ?? null;
  return (
    <label className={labelClass}>{m.model}
      <select value={known ? value! : ""} className={inputClass} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{m.modelDefault(newest)}</option>
        {view.models.map((model) => (
          <option key={model.id} value={model.id}>{`${model.name} · ${m.modelKinds[model.kind]} · ${formatSize(model.sizeBytes)}`}</option>
        ))}
      </select>
    </label>
  );
}
