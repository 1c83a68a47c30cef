import { parsePromptAttention } from "../lib/prompt/attention";
import { convertPrompt, type PromptSyntax } from "../lib/prompt/convert";
import { formatPrompt } from "../lib/prompt/format";
import { getPromptSchedules } from "../lib/prompt/schedules";
import { chunkPrompt } from "../lib/tokenizer/chunk";
import { countPromptTokens } from "../lib/tokenizer/count";
import { getClipTokenizer } from "../lib/tokenizer/load.server";
import { optionalSteps, requireString, UsageError, type Command } from "./command";

const promptFromArgs = (positional: string[]) => ({ prompt: positional.join(" ") });
const SYNTAXES = ["a1111", "novelai", "comfyui", "midjourney"];

function syntax(input: Record<string, unknown>, key: string): PromptSyntax {
  const value = input[key];
  if (typeof value !== "string" || !SYNTAXES.includes(value)) throw new UsageError(`"${key}" must be one of ${SYNTAXES.join(", ")}`);
  return value as PromptSyntax;
}

export const promptCommands: Record<string, Command> = {
  attention: {
    summary: "weights of every part, as A1111's parse_prompt_attention",
    usage: 'attention "<prompt>"   | --jsonl: {"prompt"} → {"attention": [[text, weight], ...]}',
    fromArgs: promptFromArgs,
    run: (input) => ({ attention: parsePromptAttention(requireString(input, "prompt")) }),
  },
  schedules: {
    summary: "prompt editing and alternation per step, as A1111",
    usage: 'schedules "<prompt>" [--steps 20]   | --jsonl: {"prompt", "steps"} → {"schedules": [[endStep, text], ...]}',
    fromArgs: (positional, flags) => ({ ...promptFromArgs(positional), steps: flags.steps ?? 20 }),
    run: (input) => ({ schedules: getPromptSchedules(requireString(input, "prompt"), optionalSteps(input)) }),
  },
  tokenize: {
    summary: "CLIP ids, A1111's N/75 count and its 77-token chunks",
    usage: 'tokenize "<prompt>"   | --jsonl: {"prompt"} → {"ids", "tokenCount", "chunks": [{"ids", "multipliers"}]}',
    fromArgs: promptFromArgs,
    run: (input) => {
      const prompt = requireString(input, "prompt");
      const tokenizer = getClipTokenizer();
      const steps = optionalSteps(input);
      const { chunks, tokenCount } = chunkPrompt(tokenizer, prompt);
      return {
        ids: tokenizer.encode(prompt),
        tokenCount: countPromptTokens(tokenizer, prompt, { steps, known: { text: prompt, tokenCount } }).count,
        chunks,
      };
    },
  },
  convert: {
    summary: "convert between a1111, novelai, comfyui and midjourney syntax",
    usage: 'convert "<prompt>" --from a1111 --to novelai [--negative "..."]   | --jsonl: {"prompt", "from", "to", "negative"?}',
    fromArgs: (positional, flags) => ({ ...promptFromArgs(positional), from: flags.from ?? "a1111", to: flags.to, negative: flags.negative }),
    run: (input) => {
      const negative = input.negative === undefined ? undefined : requireString(input, "negative");
      return convertPrompt(requireString(input, "prompt"), syntax(input, "from"), syntax(input, "to"), negative);
    },
  },
  format: {
    summary: "normalise commas and spaces without changing meaning",
    usage: 'format "<prompt>"   | --jsonl: {"prompt"} → {"prompt": formatted}',
    fromArgs: promptFromArgs,
    run: (input) => ({ prompt: formatPrompt(requireString(input, "prompt")) }),
  },
};
