import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { lintCommands } from "./lint-commands";
import { runJsonl } from "./main";

async function jsonl(input: string): Promise<unknown[]> {
  let out = "";
  expect(await runJsonl(lintCommands.lint, Readable.from([input]), (chunk) => (out += Buffer.from(chunk).toString()))).toBe(0);
  return out.split("\n").slice(0, -1).map((line) => JSON.parse(line));
}

describe("promptstudio lint --jsonl", () => {
  it("answers each {prompt, negative?} line with its issues, ranges and fixes", async () => {
    const [first, second, third] = await jsonl('{"prompt":"short hair, long hair, (smile:1.0)","negative":"smile"}\n{"prompt":"masterpiece, 1girl"}\n{"negative":"x"}\n');
    expect(first).toEqual({ issues: [
      { code: "conflicting_tags", field: "prompt", from: 12, to: 21, fix: { from: 12, to: 23, insert: "" },
        message: '"short hair" and "long hair" contradict each other (hair length): drop "long hair"?', messageZh: '"short hair" 与 "long hair" 互相矛盾（发长）：删掉 "long hair"？' },
      { code: "noop_weight", field: "prompt", from: 23, to: 34, fix: { from: 23, to: 34, insert: "smile" },
        message: '(smile:1.0) has weight 1: the brackets do nothing, "smile" reads the same.', messageZh: '(smile:1.0) 的权重是 1：括号不起作用，写成 "smile" 效果相同。' },
      { code: "tag_in_negative", field: "negative", from: 0, to: 5, fix: { from: 0, to: 5, insert: "" },
        message: '"smile" is in both the prompt and the negative prompt, so they cancel out: drop it from the negative?', messageZh: '"smile" 同时出现在正向和反向提示词中，效果互相抵消：从反向提示词中删掉它？' },
    ] });
    expect(second).toEqual({ issues: [] });
    expect(third).toEqual({ error: 'line 3: expected "prompt" to be a string' });
  });
});
