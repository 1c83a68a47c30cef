import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildChunks, chunkPrompt } from "../tokenizer/chunk";
import { countPromptTokens } from "../tokenizer/count";
import { getClipTokenizer } from "../tokenizer/load.server";
import { analyzePrompt, type ChunkLayout } from "./analyze-prompt";

const tokenizer = getClipTokenizer();
const corpus = fs.readFileSync(path.join(import.meta.dirname, "../../bench/corpus/prompts.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { prompt: string }).prompt);

describe("analyzePrompt", () => {
  it("chunks the text A1111 counted, and keeps the chunks of the text as written apart", () => {
    const analysis = analyzePrompt(tokenizer, "a cat <lora:x:1>");
    expect(analysis.tokenCount).toBe(2);
    expect(analysis.countedText).toBe("a cat");
    expect(analysis.chunks).toEqual(chunkPrompt(tokenizer, "a cat").chunks);
    expect(analysis.rawChunks).toEqual(chunkPrompt(tokenizer, "a cat <lora:x:1>").chunks);
    expect(analysis.ids).toEqual(tokenizer.encode("a cat <lora:x:1>"));
  });

  it("counts the scheduled variant with the most tokens, the first of equals", () => {
    const analysis = analyzePrompt(tokenizer, "a [cat|dog dog dog] [x:y:5]", { steps: 10 });
    expect(analysis.countedText).toBe("a dog dog dog x");
    expect(analysis.tokenCount).toBe(5);
  });

  it("reads the grammar once for highlight, diagnostics, tags and schedules", () => {
    const analysis = analyzePrompt(tokenizer, "(a, b:1.2), [c|d], (unclosed", { trackOffsets: true });
    expect(analysis.tags.map((t) => t.body)).toEqual(["(a, b:1.2)", "[c|d]", "(unclosed"]);
    expect(analysis.diagnostics[0]).toMatchObject({ code: "unclosed_bracket", message: expect.any(String), messageZh: expect.any(String) });
    expect(analysis.highlight.length).toBeGreaterThan(0);
    expect(analysis.schedules).toHaveLength(20);
    expect(analysis.chunkStarts).toEqual([1]);
    expect(analysis.reading.tree).toBe(analysis.tree);
  });

  it(`agrees with chunkPrompt and countPromptTokens on all ${corpus.length} corpus prompts`, () => {
    const wrong = corpus.filter((prompt) => {
      const a = analyzePrompt(tokenizer, prompt);
      const count = countPromptTokens(tokenizer, prompt).count;
      return a.tokenCount !== count || JSON.stringify(a.chunks) !== JSON.stringify(chunkPrompt(tokenizer, a.countedText).chunks) ||
        JSON.stringify(a.rawChunks) !== JSON.stringify(chunkPrompt(tokenizer, prompt).chunks) ||
        JSON.stringify(a.ids) !== JSON.stringify(tokenizer.encode(prompt)) || chunkPrompt(tokenizer, a.countedText).tokenCount !== count;
    });
    expect(wrong).toEqual([]);
  });

  it(`gives the same facts with the ids read first (the runs then copy their words' ids), on all ${corpus.length} corpus prompts`, () => {
    const wrong = corpus.filter((prompt) => {
      const idsFirst = analyzePrompt(tokenizer, prompt);
      const ids = idsFirst.ids;
      const countFirst = analyzePrompt(tokenizer, prompt);
      const facts = (a: typeof idsFirst) => JSON.stringify([a.tokenCount, a.chunks, a.rawChunks]);
      return facts(idsFirst) !== facts(countFirst) || JSON.stringify(ids) !== JSON.stringify(countFirst.ids);
    });
    expect(wrong).toEqual([]);
  });

  it("lays out the chunks it builds: chunkLayouts give chunks and rawChunks, one object when they are the same", () => {
    const wrong = corpus.filter((prompt) => {
      const a = analyzePrompt(tokenizer, prompt);
      const { counted, raw } = a.chunkLayouts;
      const built = (layout: ChunkLayout) => JSON.stringify(buildChunks(layout.stream, layout.cuts).chunks);
      return built(counted) !== JSON.stringify(a.chunks) || built(raw) !== JSON.stringify(a.rawChunks) || (a.chunks === a.rawChunks) !== (counted === raw);
    });
    expect(wrong).toEqual([]);
  });

  it("refuses schedules past maxScheduleChars when they are asked for", () => {
    const analysis = analyzePrompt(tokenizer, "[cat|dog] ".repeat(1_900), { steps: 150 });
    expect(() => analysis.schedules).toThrow(/variants/);
  });
});
