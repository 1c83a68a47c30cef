import { z } from "zod";
import { jsonRoute } from "@/lib/http/json-route";
import { RENDER_MODEL_KINDS } from "@/lib/models/model-config";
import { listModels } from "@/lib/models/model-registry.server";
import type { ModelsView } from "@/lib/models/model-summary";

export const dynamic = "force-dynamic";

/** GET /api/models → {models: [{id, name, kind, sizeBytes, hash}], defaultId}: the models the built-in pipeline renders with. */
export const GET = jsonRoute(z.object({}), async (): Promise<ModelsView> => {
  const models = (await listModels(RENDER_MODEL_KINDS)).map((m) => ({ id: m.id, name: m.name, kind: m.kind, sizeBytes: m.sizeBytes, hash: m.sha256?.slice(0, 10) ?? null }));
  return { models, defaultId: models[0]?.id ?? null };
}, { from: "query" });
