import { requireAdmin } from "@/lib/auth/current-user.server";
import { z } from "zod";
import { getLlmSettings, saveLlmSettings } from "@/lib/expander/settings.server";
import { jsonRoute } from "@/lib/http/json-route";
import { llmSettingsSchema } from "./schema";

export const dynamic = "force-dynamic";

/** GET /api/settings/llm → {baseUrl, model, apiKeyMasked, sources, configured, timeoutMs, notice?}; the key is never sent. */
export const GET = jsonRoute(z.object({}), async () => (await getLlmSettings()).view, { from: "query" });

/** PUT /api/settings/llm {baseUrl?, model?, apiKey?} → the settings as GET shows them (team mode: admins only). */
export const PUT = jsonRoute(llmSettingsSchema, async (input, request) => {
  await requireAdmin(request);
  await saveLlmSettings(input);
  return (await getLlmSettings()).view;
});
