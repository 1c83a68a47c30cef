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

  const accept = useCallback((view: RenderSettingsView) => {
    savedRef.current = view;
    setSaved(view);
    setDraft((d) => d ?? { backend: view.backend, a1111Url: view.a1111Url, comfyUrl: view.comfyUrl });
  }, []);

  useEffect(() => {
    callApi<RenderSettingsView>("/api/settings/render").then(accept, setError);
  }, [accept]);

  /** Saves `next` (or the draft) when it differs from what the server has. */
  const save = useCallback(async (next?: RenderSettings) => {
    const wanted = next ?? draft;
    const current = savedRef.current;
    if (!wanted || (current && wanted.backend === current.backend && wanted.a1111Url === current.a1111Url && wanted.comfyUrl === current.comfyUrl)) return;
    try {
      const view = await callApi<RenderSettingsView>("/api/settings/render", { method: "PUT", body: wanted });
      accept(view);
      setDraft({ backend: view.backend, a1111Url: view.a1111Url, comfyUrl: view.comfyUrl });
      setError(null);
    } catch (e) {
      setError(e);
      throw e;
    }
  }, [draft, accept]);

  return { saved, draft, setDraft, save, error };
}
