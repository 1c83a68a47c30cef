"use client";

import type { InfotextParams } from "@/lib/infotext/parse-infotext";
import { renderParamsFromInfotext } from "@/lib/infotext/render-params-from-infotext";
import { findModelForInfotext, type ModelsView } from "@/lib/models/model-summary";
import { callApi } from "../api-client";
import type { PreviewOptions } from "./preview-options";
import { applyRenderSettings } from "./render-settings-events";

/**
 * Carries generation data's settings into the preview panel, as A1111's "Send to txt2img" does: sampler, steps, CFG,
 * seed, size, variation seed, denoising strength and, when it is registered here, the model. Returns a sampler the
 * built-in ones lack, if the data named one.
 */
export async function applyInfotextSettings(params: InfotextParams): Promise<{ otherSampler?: string }> {
  const { model, otherSampler, ...found } = renderParamsFromInfotext(params);
  const change: Partial<PreviewOptions> = { ...found, ...(found.subseedStrength ? {} : { subseedStrength: 0 }) };
  if (model) {
    const view = await callApi<ModelsView>("/api/models").catch(() => null);
    const match = view ? findModelForInfotext(view.models, model) : null;
    if (match) change.model = match.id;
  }
  applyRenderSettings(change);
  return otherSampler ? { otherSampler } : {};
}
