import { analyzePrompt } from "../lib/analysis/analyze-prompt";
import { convertPrompt, type PromptSyntax } from "../lib/prompt/convert";
import { formatPrompt } from "../lib/prompt/format";
import { readPrompt } from "../lib/prompt/read-prompt";
import { JsonBytes } from "../lib/tokenizer/json-bytes";
import { getClipTokenizer } from "../lib/tokenizer/load.server";
import { JsonText, optionalSteps, requireString, UsageError, type Command } from "./command";

// The tokenize answer is written as bytes (see JsonBytes), into one buffer reused for every line of a batch.
const answerBytes = new JsonBytes();
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
    run: (input) => ({ attention: readPrompt(requireString(input, "prompt")).attention }),
  },
  schedules: {
    summary: "prompt editing and alternation per step, as A1111",
    usage: 'schedules "<prompt>" [--steps 20]   | --jsonl: {"prompt", "steps"} → {"schedules": [[endStep, text], ...]}',
    fromArgs: (positional, flags) => ({ ...promptFromArgs(positional), steps: flags.steps ?? 20 }),
    run: (input) => ({ schedules: readPrompt(requireString(input, "prompt")).schedules(optionalSteps(input)) }),
  },
  tokenize: {
    summary: "CLIP ids, A1111's N/75 count, the chunks of the text it counted and of the raw text",
    usage: 'tokenize "<prompt>" [--steps 20]   | --jsonl: {"prompt", "steps"?} → {"ids", "tokenCount", "chunks": [{"ids", "multipliers"}], "rawChunks"}',
    fromArgs: (positional, flags) => ({ ...promptFromArgs(positional), ...(flags.steps === undefined ? {} : { steps: flags.steps }) }),
    run: (input) => {
      const analysis = analyzePrompt(getClipTokenizer(), requireString(input, "prompt"), { steps: optionalSteps(input) });
      const { ids, tokenCount, chunkLayouts } = analysis;
      const out = answerBytes;
      out.clear();
      out.text('{"ids":[');
      out.uints(ids);
      out.text(`],"tokenCount":${tokenCount},"chunks":`);
      const start = out.length;
      out.chunks(chunkLayouts.counted.stream, chunkLayouts.counted.cuts);
      const end = out.length;
      out.text(',"rawChunks":');
      // Most prompts are counted as written: their two chunk lists are one, written once and copied.
      if (chunkLayouts.raw === chunkLayouts.counted) out.repeat(start, end);
      else out.chunks(chunkLayouts.raw.stream, chunkLayouts.raw.cuts);
      out.text("}");
      return new JsonText(out.bytes());
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
