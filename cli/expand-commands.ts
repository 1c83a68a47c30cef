import { getBuiltinDictionary } from "../lib/dictionary/builtin.server";
import { getEnv } from "../lib/env";
import { resolveLlmConfig } from "../lib/expander/llm-config";
import { expandOffline } from "../lib/expander/offline";
import { EXPAND_MODES, type ExpandMode, type ExpandResult } from "../lib/expander/types";
import { optionalNumber, requireString, UsageError, type Command } from "./command";

let noticeShown = false;

function mode(value: unknown): ExpandMode {
  if (value === undefined) return "expand";
  if (typeof value !== "string" || !(EXPAND_MODES as readonly string[]).includes(value)) throw new UsageError(`"mode" must be one of ${EXPAND_MODES.join(", ")}`);
  return value as ExpandMode;
}

// The output shape: exactly these fields (variants only in mode "variants").
const printable = (r: ExpandResult) => ({
  prompt: r.prompt,
  negative: r.negative,
  tags: r.tags.map(({ tag, zh, category, added }) => ({ tag, zh, category, added })),
  source: r.source,
  ...(r.variants ? { variants: r.variants } : {}),
});

export const expandCommands: Record<string, Command> = {
  expand: {
    summary: "expand a short scene into tags with the LLM of OPENAI_API_KEY / OPENAI_BASE_URL, or offline with the dictionary",
    usage: 'expand "<text>" [--offline] [--seed n] [--mode expand|refine|translate|variants] [--json]   | --jsonl: {"text", "offline"?, "seed"?, "mode"?} → {"prompt", "negative", "tags": [{"tag","zh","category","added"}], "source"}',
    fromArgs: (positional, flags) => ({ text: positional.join(" "), offline: flags.offline === true, seed: flags.seed, mode: flags.mode }),
    run: async (input) => {
      const text = requireString(input, "text");
      if (!text.trim()) throw new UsageError("expected a scene to expand");
      const seed = input.seed === undefined ? undefined : Math.trunc(optionalNumber(input, "seed", 0));
      const request = { text, mode: mode(input.mode), seed };
      const dict = getBuiltinDictionary();
      const { config } = resolveLlmConfig(null, getEnv());
      if (input.offline === true || !config) {
        if (!config && input.offline !== true && !noticeShown) {
          noticeShown = true;
          process.stderr.write("promptstudio expand: no LLM configured (set OPENAI_API_KEY and/or OPENAI_BASE_URL, and OPENAI_MODEL); used the offline expander\n");
        }
        return printable(expandOffline(dict, text, request));
      }
      // Loaded only when an LLM is used, so offline runs do not load the openai SDK.
      const { expandScene } = await import("../lib/expander/expand.server");
      return printable(await expandScene(request, { dict, llm: config }));
    },
  },
};
