import { getDictionary } from "@/lib/dictionary/store.server";
import { translatePrompt } from "@/lib/dictionary/translate";
import { getLlmSettings } from "@/lib/expander/settings.server";
import { resolveUnknownWithLlm } from "@/lib/expander/translate-fragments.server";
import { jsonRoute } from "@/lib/http/json-route";
import { translateSchema } from "./schema";

/**
 * POST /api/translate {text, direction} → {text, tags: [{source, target, known, from}], unknown, llm?}. Chinese the
 * dictionary cannot read goes to the LLM when one is configured; if that call fails, the dictionary's result stands
 * and `llm.error` says why.
 */
export const POST = jsonRoute(translateSchema, async ({ text, direction }, request) => {
  const result = translatePrompt(await getDictionary(), text, direction);
  if (direction !== "zh-en" || result.unknown.length === 0) return result;
  const { config } = await getLlmSettings();
  if (!config) return result;
  try {
    return { ...(await resolveUnknownWithLlm(result, config, request.signal)), llm: { used: true } };
  } catch (error) {
    const e = error as { message?: string; messageZh?: string };
    return { ...result, llm: { used: false, error: { message: e.message ?? "LLM failed", messageZh: e.messageZh ?? "大模型调用失败" } } };
  }
});
