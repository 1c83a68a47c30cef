import { requireAdmin } from "@/lib/auth/current-user.server";
import { z } from "zod";
import { checkLlmConnection, requireLlm } from "@/lib/expander/llm.server";
import { getLlmSettings } from "@/lib/expander/settings.server";
import { jsonRoute } from "@/lib/http/json-route";

export const dynamic = "force-dynamic";

/**
 * POST /api/settings/llm/test → {model, baseUrl, ms}: one minimal call with the saved settings (the key stays on the
 * server); a failure answers the error a real call would (401, unreachable, unknown model, or no LLM configured).
 * Team mode: admins only, as they are the ones who change the connection.
 */
export const POST = jsonRoute(z.object({}), async (_, request) => {
  await requireAdmin(request);
  const { config, view } = await getLlmSettings();
  return checkLlmConnection(requireLlm(config, view.notice));
});
