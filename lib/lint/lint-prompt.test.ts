import { describe, expect, it } from "vitest";
import { chunkPrompt } from "../tokenizer/chunk";
import { getClipTokenizer } from "../tokenizer/load.server";
import { applyFix, editBetween, type LintIssue } from "./lint-issue";
import { lintPrompt } from "./lint-prompt";
import { createLintRules } from "./lint-rules";
import { getLintData } from "./load-lint-data.server";

const rules = createLintRules(getLintData());
const tokenizer = getClipTokenizer();
const starts = (text: string) => chunkPrompt(tokenizer, text, { trackOffsets: true }).chunkStarts;

/** An issue as one line: `code field from-to → the text after its fix` (or `→ -` without a fix). */
function show(issue: LintIssue, input: { prompt: string; negative?: string }): string {
  const text = issue.field === "prompt" ? input.prompt : input.negative ?? "";
  return `${issue.code} ${issue.field} ${issue.from}-${issue.to} → ${issue.fix ? applyFix(text, issue.fix) : "-"}`;
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(", ");
const longTag = Array(80).fill("cat").join(" ");

// Every rule, with what it marks and what its fix leaves.
const CASES: Array<{ prompt: string; negative?: string; tokens?: boolean; issues: string[] }> = [
  // duplicates
  { prompt: "1girl, smile, 1girl", issues: ["duplicate_tag prompt 14-19 → 1girl, smile"] },
  { prompt: "smile, (smile:1.2)", issues: ["duplicate_tag prompt 7-18 → (smile:1.2)"] },
  { prompt: "(smile:0.8), Smile", issues: ["duplicate_tag prompt 13-18 → Smile"] },
  { prompt: "long_hair, long hair, ((long hair))", issues: ["duplicate_tag prompt 11-20 → long_hair, ((long hair))", "duplicate_tag prompt 22-35 → ((long hair)), long hair"] },
  { prompt: "1girl AND 1girl", issues: [] },
  { prompt: "1girl, [1girl:1boy:5]", issues: [] },
  // contradictions, from dictionaries/conflicts.tsv
  { prompt: "short hair, blue eyes, long hair", issues: ["conflicting_tags prompt 23-32 → short hair, blue eyes"] },
  { prompt: "solo, 2girls", issues: ["conflicting_tags prompt 6-12 → solo"] },
  { prompt: "from above, from below", issues: ["conflicting_tags prompt 12-22 → from above"] },
  { prompt: "day, (night:1.2)", issues: ["conflicting_tags prompt 5-16 → day"] },
  { prompt: "nighttime, day", issues: ["conflicting_tags prompt 11-14 → nighttime"] },
  { prompt: "[day:night:0.5], day, [night|dusk]", issues: [] },
  { prompt: "day AND night", issues: [] },
  { prompt: "2girls, 2boys, 1girl, 1boy", issues: ["conflicting_tags prompt 15-20 → 2girls, 2boys, 1boy", "conflicting_tags prompt 22-26 → 2girls, 2boys, 1girl"] },
  { prompt: "smile, 1girl", negative: "lowres, (Smile:1.2)", issues: ["tag_in_negative negative 8-19 → lowres"] },
  // no-op and risky weights
  { prompt: "a, (cat:1.0), b", issues: ["noop_weight prompt 3-12 → a, cat, b"] },
  { prompt: "a, (), b", issues: ["empty_emphasis prompt 3-5 → a, b"] },
  { prompt: "a [], b", issues: ["empty_emphasis prompt 2-4 → a, b"] },
  { prompt: "(cat:0.3), (dog:1.6), (fox:2)", issues: ["extreme_weight prompt 0-9 → (cat:0.5), (dog:1.6), (fox:2)", "extreme_weight prompt 22-29 → (cat:0.3), (dog:1.6), (fox:1.6)"] },
  { prompt: "((cat:1.5))", issues: ["nested_emphasis prompt 0-11 → (cat:1.6)"] },
  { prompt: "(((((cat)))))", issues: ["nested_emphasis prompt 0-13 → (cat:1.6)"] },
  { prompt: "((((cat))))", issues: [] },
  { prompt: "[[[[[[[[cat]]]]]]]]", issues: ["nested_emphasis prompt 0-19 → (cat:0.5)"] },
  { prompt: "((a, (b:1.5)))", issues: ["nested_emphasis prompt 0-14 → -"] },
  { prompt: "((cat:1.8))", issues: ["extreme_weight prompt 1-10 → ((cat:1.6))"] },
  // foreign syntax
  { prompt: "a cat::2 a dog --ar 2:3 --no blur", issues: ["midjourney_syntax prompt 5-33 → (a cat:2), a dog"] },
  { prompt: "1girl, (smile:1.2) --ar 2:3", issues: ["midjourney_syntax prompt 19-27 → 1girl, (smile:1.2)"] },
  { prompt: "{{masterpiece}}, {red|blue} hat, {prompt}", issues: ["novelai_syntax prompt 0-15 → (masterpiece:1.1), {red|blue} hat, {prompt}"] },
  { prompt: "（cat：1.2），dog", issues: ["fullwidth_punctuation prompt 0-9 → (cat:1.2)，dog"] },
  // token budget (chunk starts from the tokenizer)
  { prompt: `masterpiece, ${longTag}`, tokens: true, issues: ["tag_split_by_chunk prompt 13-332 → masterpiece, BREAK " + longTag] },
  { prompt: `${words(40)}, 1girl`, tokens: true, issues: ["important_tag_late prompt 310-315 → 1girl, " + words(40)] },
  { prompt: `masterpiece, ${words(40)}, solo`, tokens: true, issues: ["important_tag_late prompt 323-327 → masterpiece, solo, " + words(40)] },
  // clean prompts
  { prompt: "masterpiece, best quality, 1girl, (blue eyes:1.2), [smile|laughing], <lora:x:0.8>, BREAK, night", negative: "lowres, bad hands", tokens: true, issues: [] },
  { prompt: "", negative: "", issues: [] },
];

describe("lintPrompt", () => {
  for (const c of CASES) {
    it(`${JSON.stringify(c.prompt.slice(0, 60))}${c.negative ? ` / ${JSON.stringify(c.negative)}` : ""}`, () => {
      const chunkStarts = c.tokens ? { prompt: starts(c.prompt), negative: starts(c.negative ?? "") } : undefined;
      const issues = lintPrompt({ prompt: c.prompt, negative: c.negative }, { rules, chunkStarts });
      expect(issues.map((i) => show(i, c))).toEqual(c.issues);
    });
  }

  it("writes every message in both languages, naming the tag", () => {
    const [issue] = lintPrompt({ prompt: "short hair, long hair" }, { rules });
    expect(issue.message).toBe('"short hair" and "long hair" contradict each other (hair length): drop "long hair"?');
    expect(issue.messageZh).toBe('"short hair" 与 "long hair" 互相矛盾（发长）：删掉 "long hair"？');
  });

  it("runs the rules that need no data without any", () => {
    expect(lintPrompt({ prompt: "short hair, long hair, (x:1.0)" }).map((i) => i.code)).toEqual(["noop_weight"]);
  });

  it("stays within its stack on the deepest nesting the grammar keeps", () => {
    const prompt = "(".repeat(300) + "x" + ")".repeat(300);
    expect(lintPrompt({ prompt }).map((i) => i.code)).toEqual(["nested_emphasis"]);
  });
});

describe("editBetween", () => {
  it("finds the smallest edit, which applyFix undoes", () => {
    for (const [a, b] of [["a, b, c", "a, c"], ["", "x"], ["same", "same"], ["(cat:1.0)", "cat"]]) {
      const edit = editBetween(a, b);
      expect(applyFix(a, edit)).toBe(b);
    }
    expect(editBetween("a, b, c", "a, c")).toEqual({ from: 3, to: 6, insert: "" });
  });
});
