import { requireAdmin } from "@/lib/auth/current-user.server";
import { z } from "zod";
import { jsonRoute } from "@/lib/http/json-route";
import { describeBuiltinModel } from "@/lib/render/backends/builtin.server";
import { getRenderSettings, saveRenderSettings } from "@/lib/render/render-settings.server";
import type { RenderSettingsView } from "@/lib/render/render-settings";
import { renderSettingsSchema } from "./schema";

export const dynamic = "force-dynamic";

/** GET /api/settings/render → {backend, a1111Url, comfyUrl, builtin: {available, model?, message?, messageZh?}}. */
export const GET = jsonRoute(z.object({}), async (): Promise<RenderSettingsView> => ({ ...(await getRenderSettings()), builtin: await describeBuiltinModel() }), { from: "query" });

/** PUT /api/settings/render {backend?, a1111Url?, comfyUrl?} → the settings as GET shows them (team mode: admins only). */
export const PUT = jsonRoute(renderSettingsSchema, async (input, request): Promise<RenderSettingsView> => {
  await requireAdmin(request);
  return { ...(await saveRenderSettings(input)), builtin: await describeBuiltinModel() };
});
