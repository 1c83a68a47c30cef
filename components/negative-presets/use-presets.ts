"use client";

import { useCallback, useEffect, useState } from "react";
import type { NegativePreset } from "@/lib/dictionary/negative-presets";
import { callApi } from "../api-client";

/** Built-in and saved negative presets from /api/presets, with save and delete. */
export function usePresets() {
  const [presets, setPresets] = useState<{ builtin: NegativePreset[]; user: NegativePreset[] }>({ builtin: [], user: [] });
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    callApi<typeof presets>("/api/presets").then(setPresets, setError);
  }, []);
  useEffect(reload, [reload]);
  const save = async (name: string, tags: string[]) => {
    await callApi("/api/presets", { body: { name, tags } });
    reload();
  };
  const remove = async (id: string) => {
    await callApi(`/api/presets?id=${encodeURIComponent(id)}`, { method: "DELETE" });
    reload();
  };
  return { presets, error, save, remove, setError };
}
