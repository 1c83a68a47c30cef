import { describe, expect, it } from "vitest";
import { z } from "zod";
import { renderRequestSchema } from "../render/render-request-schema";
import { validationMessageZh } from "./issue-zh";
import { issuesSummaryZh } from "./zod-issues-zh";

describe("validation messages in Chinese", () => {
  it.each([
    ["width must be a multiple of 8", "宽度必须是 8 的倍数"],
    ["steps must be between 1 and 150", "步数必须在 1 到 150 之间"],
    ["CFG scale must be between 0 and 30", "CFG 系数必须在 0 到 30 之间"],
    ["seed must be -1 (random) or 0 to 4294967295", "种子必须是 -1（随机）或 0 到 4294967295"],
    ["a card needs a title", "卡片需要一个标题"],
    ["something else", null],
  ])("%s", (en, zh) => {
    expect(validationMessageZh(en)).toBe(zh);
  });

  it("translates every message a render request can fail with", () => {
    const bad = renderRequestSchema.safeParse({ prompt: "x".repeat(100_001), negative: 1, sampler: "Nope", steps: 0.5, cfgScale: 99, seed: -2,
      subseed: 1.5, subseedStrength: 2, width: 500, height: 4000, batchCount: 0, batchSize: 9, noiseSource: "x", model: 5 });
    expect(bad.success).toBe(false);
    const zh = issuesSummaryZh(bad.error!.issues);
    expect(zh).toContain("宽度必须是 8 的倍数");
    // Nothing in English is left but names (sampler and model names, "CFG").
    expect(zh.replace(/Euler a|Euler|DDIM|DPM\+\+ 2M Karras|DPM\+\+ 2S a Karras|LCM|CFG|nv|cpu|string|number|\w+：/g, "")).not.toMatch(/[a-z]{3,}/i);
  });

  it("falls back to zod's own Chinese for built-in checks", () => {
    const bad = z.object({ name: z.string().max(3) }).safeParse({ name: "abcdef" });
    expect(issuesSummaryZh(bad.error!.issues)).toMatch(/^name：.*3/);
  });
});
