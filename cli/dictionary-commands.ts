import { getBuiltinDictionary } from "../lib/dictionary/builtin.server";
import { buildCompletionIndex, completeTag } from "../lib/dictionary/complete";
import { getCompletionRows, loadDanbooruTags, loadExplicitRules } from "../lib/dictionary/completion-data.server";
import { dictionaryCoverage } from "../lib/dictionary/coverage";
import { CATEGORIES, type Category } from "../lib/dictionary/entry";
import { loadBuiltinEntries } from "../lib/dictionary/load.server";
import { searchDictionary } from "../lib/dictionary/search";
import { translatePrompt } from "../lib/dictionary/translate";
import { optionalNumber, requireString, UsageError, type Command } from "./command";

function category(value: unknown): Category | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !(CATEGORIES as readonly string[]).includes(value)) throw new UsageError(`category must be one of ${CATEGORIES.join(", ")}`);
  return value as Category;
}

let completionIndex: ReturnType<typeof buildCompletionIndex> | null = null;

export const dictionaryCommands: Record<string, Command> = {
  dict: {
    summary: "search the built-in bilingual tag dictionary, complete a tag as typed, show its statistics and coverage, or check its data files",
    usage: 'dict search <query> [--category c] [--limit n] --json | dict complete "<text>" [--limit n] [--explicit] --json | dict stats --json | dict check',
    fromArgs: ([action, ...query], flags) => ({ action, query: query.join(" "), category: flags.category, limit: flags.limit, explicit: flags.explicit === true }),
    run: (input) => {
      const action = input.action;
      if (action === "check") return { ok: true, entries: loadBuiltinEntries().length };
      const dict = getBuiltinDictionary();
      if (action === "stats") {
        return {
          entries: dict.entries.length,
          withChinese: dict.entries.filter((e) => /\p{Script=Han}/u.test(e.entry.zh)).length,
          categories: Object.fromEntries(dict.categories),
          danbooruTags: loadDanbooruTags().length,
          coverage: dictionaryCoverage(dict, loadDanbooruTags(), loadExplicitRules()),
        };
      }
      if (action === "complete") {
        const text = typeof input.query === "string" ? input.query : requireString(input, "text");
        const index = (completionIndex ??= buildCompletionIndex(getCompletionRows(dict)));
        const results = completeTag(index, text, { limit: optionalNumber(input, "limit", 10), includeExplicit: input.explicit === true });
        return { results: results.map(({ tag, zh, category, posts }) => ({ tag, zh, category, posts })) };
      }
      if (action === "search") {
        const query = typeof input.query === "string" ? input.query : requireString(input, "q");
        return { results: searchDictionary(dict, query, { category: category(input.category), limit: optionalNumber(input, "limit", 20) }) };
      }
      throw new UsageError('expected "search", "complete", "stats" or "check"');
    },
  },
  translate: {
    summary: "translate Chinese to tags (zh-en) or gloss tags in Chinese (en-zh), keeping the prompt's syntax",
    usage: 'translate "<text>" [--direction zh-en|en-zh]   | --jsonl: {"text", "direction"} → {"text", "tags": [{"source","target","known"}], "unknown"}',
    fromArgs: (positional, flags) => ({ text: positional.join(" "), direction: flags.direction ?? "zh-en" }),
    run: (input) => {
      const direction = input.direction ?? "zh-en";
      if (direction !== "zh-en" && direction !== "en-zh") throw new UsageError('"direction" must be "zh-en" or "en-zh"');
      return translatePrompt(getBuiltinDictionary(), requireString(input, "text"), direction);
    },
  },
};
