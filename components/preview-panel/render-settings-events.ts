"use client";

import { DEFAULT_PREVIEW_OPTIONS, PREVIEW_OPTIONS_KEY, type PreviewOptions } from "./preview-options";

const EVENT = "ps:preview-options";

const saved = (): Partial<PreviewOptions> => {
  try {
    return JSON.parse(localStorage.getItem(PREVIEW_OPTIONS_KEY) ?? "{}") as Partial<PreviewOptions>;
  } catch {
    return {};
  }
};

/** Merges settings into the preview panel's saved options, and tells a panel on this page to take them. */
export function applyRenderSettings(change: Partial<PreviewOptions>): void {
  localStorage.setItem(PREVIEW_OPTIONS_KEY, JSON.stringify({ ...DEFAULT_PREVIEW_OPTIONS, ...saved(), ...change }));
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `take` with the saved options whenever applyRenderSettings changes them; returns the unsubscribe. */
export function onRenderSettings(take: (options: PreviewOptions) => void): () => void {
  const listener = () => take({ ...DEFAULT_PREVIEW_OPTIONS, ...saved() });
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
