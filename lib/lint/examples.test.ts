import { describe, expect, it } from "vitest";
import { buildLintData } from "./lint-data";
import { lintPrompt } from "./lint-prompt";
import { indexConflicts, parseConflicts, findConflict } from "./conflicts";
import { readLintTags } from "./lint-tags";
import { findContradictions } from "./rules/contradictions";
import { findDuplicates } from "./rules/duplicates";
import { findFullWidth, findMidjourney, findNovelAI } from "./rules/foreign-syntax";
import { findWeightIssues } from "./rules/weights";

// The @example lines of lib/lint's doc comments, kept true.
describe("doc examples", () => {
  it("hold", () => {
    expect(readLintTags("a, (B_c:1.2)")[1]).toEqual({ index: 1, body: "(B_c:1.2)", start: 3, end: 12, key: "b c", weight: 1.2, kind: "tag", part: 0 });
    expect(parseConflicts("time of day\t昼夜\tday, night")[0]).toEqual({ name: "time of day", nameZh: "昼夜", left: ["day", "night"], right: null });
    expect(findConflict(indexConflicts(parseConflicts("t\t时\tday, night")), "day", "night")?.name).toBe("t");
    const entry = { tag: "night", zh: "夜晚", aliases: ["nighttime", "夜间"], category: "lighting" as const, sub: "time", pop: 5 };
    expect(buildLintData("t\t时\tday, night", [entry]).aliases.nighttime).toBe("night");
    const at = (text: string) => readLintTags(text);
    expect(findDuplicates("smile, (smile:1.2)", at("smile, (smile:1.2)"))[0].fix).toEqual({ from: 0, to: 7, insert: "" });
    const index = indexConflicts(parseConflicts("t\t时\tday, night"));
    expect(findContradictions("day, night", at("day, night"), index)[0]).toMatchObject({ code: "conflicting_tags", from: 5, to: 10 });
    expect(findWeightIssues("(cat:1.0)", at("(cat:1.0)"))[0]).toMatchObject({ code: "noop_weight", from: 0, to: 9, fix: { from: 0, to: 9, insert: "cat" } });
    expect(findMidjourney("a cat --ar 2:3")[0].fix).toEqual({ from: 5, to: 14, insert: "" });
    expect(findNovelAI("{{cat}}")[0].fix).toEqual({ from: 0, to: 7, insert: "(cat:1.1)" });
    expect(findFullWidth("（cat：1.2）", at("（cat：1.2）"))[0].fix).toEqual({ from: 0, to: 9, insert: "(cat:1.2)" });
    expect(lintPrompt({ prompt: "1girl, (smile:1.0)" })[0]).toMatchObject({ code: "noop_weight", field: "prompt", from: 7, to: 18, fix: { from: 7, to: 18, insert: "smile" } });
  });
});
