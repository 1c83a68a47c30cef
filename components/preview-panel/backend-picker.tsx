"use client";

import { RENDER_BACKEND_IDS, type RenderBackendId, type RenderSettings } from "@/lib/render/render-settings";
import type { Messages } from "../i18n/messages";
import { inputClass, labelClass } from "./preview-styles";

export interface BackendPickerProps {
  draft: RenderSettings;
  onChange: (next: RenderSettings) => void;
  /** Saves the draft (on a new backend at once, on a URL when the field is left). */
  onSave: (next?: RenderSettings) => void;
  t: Messages;
}

/** Built-in / AUTOMATIC1111 / ComfyUI, with the chosen server's URL. */
export function BackendPicker({ draft, onChange, onSave, t }: BackendPickerProps) {
  const urlKey = draft.backend === "a1111" ? "a1111Url" : draft.backend === "comfyui" ? "comfyUrl" : null;
  return (
    <div className="grid grid-cols-2 gap-2">
      <label className={labelClass}>{t.previewBackend}
        <select value={draft.backend} className={inputClass} onChange={(e) => {
          const next = { ...draft, backend: e.target.value as RenderBackendId };
          onChange(next);
          onSave(next);
        }}>
          {RENDER_BACKEND_IDS.map((id) => <option key={id} value={id}>{t.previewBackends[id]}</option>)}
        </select>
      </label>
      {urlKey ? (
        <label className={labelClass}>{t.previewServerUrl}
          <input type="url" value={draft[urlKey]} className={inputClass} spellCheck={false}
            onChange={(e) => onChange({ ...draft, [urlKey]: e.target.value })} onBlur={() => onSave()} />
        </label>
      ) : null}
    </div>
  );
}
