import type { ModelKind } from "./model-config";

/** A render model as the preview panel's picker shows it (never its folder). */
export interface ModelSummary {
  id: string;
  name: string;
  kind: ModelKind;
  sizeBytes: number;
  /** A1111's "Model hash": the first 10 hex digits of the UNet's sha256, once computed. */
  hash: string | null;
}

/** GET /api/models: the render models, newest first, and the one used when none is chosen. */
export interface ModelsView {
  models: ModelSummary[];
  defaultId: string | null;
}

/**
 * The registered model an infotext's "Model hash" or "Model" names, if any (hash first, then the name).
 * @example findModelForInfotext(models, { hash: "6ce0161689" }) // the model whose UNet hash starts 6ce0161689
 */
export function findModelForInfotext(models: readonly ModelSummary[], wanted: { name?: string; hash?: string }): ModelSummary | null {
  const hash = wanted.hash?.toLowerCase();
  const byHash = hash ? models.find((m) => m.hash !== null && m.hash.toLowerCase() === hash.slice(0, 10)) : undefined;
  if (byHash) return byHash;
  const name = wanted.name?.trim().toLowerCase();
  return (name ? models.find((m) => m.name.toLowerCase() === name || m.id === name) : undefined) ?? null;
}
