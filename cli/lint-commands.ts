import { createLintRules, type LintRules } from "../lib/lint/lint-rules";
import { lintPrompt } from "../lib/lint/lint-prompt";
import { getLintData } from "../lib/lint/load-lint-data.server";
import { chunkPrompt } from "../lib/tokenizer/chunk";
import { getClipTokenizer } from "../lib/tokenizer/load.server";
import { requireString, type Command } from "./command";

let rules: LintRules | null = null;

export const lintCommands: Record<string, Command> = {
  lint: {
    summary: "find duplicates, contradictions, risky weights, foreign syntax and token-budget problems, with fixes",
    usage: 'lint "<prompt>" [--negative "..."]   | --jsonl: {"prompt", "negative"?} → {"issues": [{"code", "field", "message", "messageZh", "from", "to", "fix"?}]}',
    fromArgs: (positional, flags) => ({ prompt: positional.join(" "), negative: flags.negative }),
    run: (input) => {
      const prompt = requireString(input, "prompt");
      const negative = input.negative === undefined ? "" : requireString(input, "negative");
      const tokenizer = getClipTokenizer();
      const starts = (text: string) => chunkPrompt(tokenizer, text, { trackOffsets: true }).chunkStarts;
      rules ??= createLintRules(getLintData());
      return { issues: lintPrompt({ prompt, negative }, { rules, chunkStarts: { prompt: starts(prompt), negative: starts(negative) } }) };
    },
  },
};
