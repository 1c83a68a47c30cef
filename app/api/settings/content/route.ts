import { requireAdmin } from "@/lib/auth/current-user.server";
import { z } from "zod";
import { jsonRoute } from "@/lib/http/json-route";
import { getContentSettings, saveContentSettings } from "@/lib/settings/content-settings.server";
import { contentSettingsSchema } from "./schema";

/** GET /api/settings/content → {showExplicit}. */
export const GET = jsonRoute(z.object({}), () => getContentSettings(), { from: "query" });

/** PUT /api/settings/content {showExplicit} → the saved settings (team mode: admins only). */
export const PUT = jsonRoute(contentSettingsSchema, async (settings, request) => {
  await requireAdmin(request);
  return saveContentSettings(settings);
});
