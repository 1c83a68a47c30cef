"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RenderSettings, RenderSettingsView } from "@/lib/render/render-settings";
import { callApi } from "../api-client";

/** The render backend settings: loaded once, edited as a draft, saved to /api/settings/render when they differ. */
export function useRenderSettings() {
  const [saved, setSaved] = useState<RenderSettingsView | null>(null);
  const [draft, setDraft] = useState<RenderSettings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const savedRef = useRef<RenderSettingsView | null>(null);
  const saving = useRef(0);

  const accept = useCallback((view: RenderSettingsView) => {
    savedRef.current = view;
    setSaved(view);
    setDraft((d) => d ?? { backend: view.backend, a1111Url: view.a1111Url, comfyUrl: view.comfyUrl });
  }, []);

  useEffect(() => {
    // A first answer arriving after the user already saved a change is stale: it must not replace what they chose.
    callApi<RenderSettingsView>("/api/settings/render").then((view) => saving.current === 0 && accept(view), setError);
  }, [accept]);

  const draftRef = useRef(draft);
  draftRef.current = draft;
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  /**
   * Saves `next` (or the latest draft) when it differs from what the server has. Saves run one after another, so a
   * slow earlier save can never overwrite a later choice.
   */
  const save = useCallback((next?: RenderSettings): Promise<void> => {
    const run = async () => {
      const wanted = next ?? draftRef.current;
      const current = savedRef.current;
      if (!wanted || (current && wanted.backend === current.backend && wanted.a1111Url === current.a1111Url && wanted.comfyUrl === current.comfyUrl)) return;
      saving.current++;
      try {
        const view = await callApi<RenderSettingsView>("/api/settings/render", { method: "PUT", body: wanted });
        accept(view);
        setError(null);
      } catch (e) {
        setError(e);
        throw e;
      }
    };
    const result = queue.current.then(run, run);
    queue.current = result.catch(() => undefined);
    return result;
  }, [accept]);

  return { saved, draft, setDraft, save, error };
}
