import { loadExplicitRules } from "@/lib/dictionary/completion-data.server";
import { isExplicit } from "@/lib/dictionary/rules";
import { getDictionary } from "@/lib/dictionary/store.server";
import { AppError } from "@/lib/errors";
import { expandScene } from "@/lib/expander/expand.server";
import { offlineNotice } from "@/lib/expander/llm-config";
import { getLlmSettings } from "@/lib/expander/settings.server";
import { jsonRoute } from "@/lib/http/json-route";
import { getContentSettings } from "@/lib/settings/content-settings.server";
import { errorEvent, ndjsonResponse } from "@/lib/http/ndjson-response";
import { expandSchema } from "./schema";

export const dynamic = "force-dynamic";

/**
 * POST /api/expand {text, mode?, seed?, offline?} → NDJSON lines: {type:"start", source, model?, notice?}, then
 * {type:"tag", tag} as each tag is read, then {type:"done", result} or {type:"error", error, partial?}. With no LLM
 * configured the offline expander answers (source "offline", notice saying how to connect one).
 */
export const POST = jsonRoute(expandSchema, async ({ text, mode, seed, offline }, request) => {
  const [dict, settings, content] = await Promise.all([getDictionary(), getLlmSettings(), getContentSettings()]);
  const rules = loadExplicitRules();
  const hide = content.showExplicit ? undefined : (tag: string) => isExplicit(rules, tag);
  const context = { dict, llm: offline ? null : settings.config, offlineNotice: offline ? offlineNotice("asked") : settings.view.notice, hide };
  return ndjsonResponse(async (send, signal) => {
    try {
      const result = await expandScene({ text, mode, seed }, context, { signal, onStart: send, onTag: (tag) => send({ type: "tag", tag }) });
      send({ type: "done", result });
    } catch (error) {
      const partial = error instanceof AppError ? (error.details as { partial?: unknown } | undefined)?.partial : undefined;
      send({ ...(await errorEvent(error)), ...(partial ? { partial } : {}) });
    }
  }, request.signal);
});
