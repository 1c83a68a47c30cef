import type { LintCode, LintFinding } from "./lint-issue";

type Locale = "zh" | "en";
type Detail = LintFinding["detail"];

const CATEGORY_ZH: Record<string, string> = { subject: "主体", quality: "画质" };

const MESSAGES: Record<LintCode, Record<Locale, (d: Detail) => string>> = {
  duplicate_tag: {
    en: (d) => `"${d.tag}" appears more than once: merge into one, keeping the stronger weight (${d.kept}).`,
    zh: (d) => `"${d.tag}" 重复出现：合并为一个，保留较强的权重（${d.kept}）。`,
  },
  conflicting_tags: {
    en: (d) => `"${d.a}" and "${d.b}" contradict each other (${d.group}): drop "${d.b}"?`,
    zh: (d) => `"${d.a}" 与 "${d.b}" 互相矛盾（${d.groupZh}）：删掉 "${d.b}"？`,
  },
  tag_in_negative: {
    en: (d) => `"${d.tag}" is in both the prompt and the negative prompt, so they cancel out: drop it from the negative?`,
    zh: (d) => `"${d.tag}" 同时出现在正向和反向提示词中，效果互相抵消：从反向提示词中删掉它？`,
  },
  noop_weight: {
    en: (d) => `${d.text} has weight 1: the brackets do nothing, "${d.inner}" reads the same.`,
    zh: (d) => `${d.text} 的权重是 1：括号不起作用，写成 "${d.inner}" 效果相同。`,
  },
  empty_emphasis: {
    en: (d) => `Empty brackets ${d.text} do nothing.`,
    zh: (d) => `空括号 ${d.text} 不起任何作用。`,
  },
  extreme_weight: {
    en: (d) => `Weight ${d.weight} in ${d.text} is outside 0.5–1.6, where artefacts are likely: use ${d.safe}?`,
    zh: (d) => `${d.text} 的权重 ${d.weight} 超出 0.5–1.6，容易出现崩坏：改为 ${d.safe}？`,
  },
  nested_emphasis: {
    en: (d) => `Nested brackets in ${d.text} multiply to ${d.weight}, outside 0.5–1.6${d.fixed ? `: write ${d.fixed}?` : "."}`,
    zh: (d) => `${d.text} 的多层括号相乘后权重为 ${d.weight}，超出 0.5–1.6${d.fixed ? `：改写为 ${d.fixed}？` : "。"}`,
  },
  midjourney_syntax: {
    en: (d) => `Midjourney syntax (${d.what}) is plain text to A1111${d.action === "convert" ? ": convert it?" : d.action === "remove" ? ": remove the parameters?" : "."}${d.no ? ` Put "${d.no}" in the negative prompt.` : ""}`,
    zh: (d) => `Midjourney 语法（${d.what}）在 A1111 中只是普通文字${d.action === "convert" ? "：转换为 A1111 语法？" : d.action === "remove" ? "：删除这些参数？" : "。"}${d.no ? `请把 "${d.no}" 写进反向提示词。` : ""}`,
  },
  novelai_syntax: {
    en: (d) => `NovelAI braces ${d.text} are plain text to A1111: write ${d.converted}?`,
    zh: (d) => `NovelAI 的花括号 ${d.text} 在 A1111 中只是普通文字：改写为 ${d.converted}？`,
  },
  fullwidth_punctuation: {
    en: (d) => `Full-width ${d.chars} in "${d.tag}" are not A1111 syntax: use ASCII brackets and colons?`,
    zh: (d) => `"${d.tag}" 中的全角符号 ${d.chars} 不是 A1111 语法：改为半角括号和冒号？`,
  },
  tag_split_by_chunk: {
    en: (d) => `"${d.tag}" is cut by the start of chunk ${d.chunk}: its halves are encoded apart. Start a new chunk before it (BREAK)?`,
    zh: (d) => `"${d.tag}" 被第 ${d.chunk} 段的分段处截断，前后两半会分开编码：在它前面用 BREAK 另起一段？`,
  },
  important_tag_late: {
    en: (d) => `"${d.tag}" (${d.category}) is in chunk ${d.chunk}: subject and quality tags work best in the first 75 tokens. Move it forward?`,
    zh: (d) => `"${d.tag}"（${CATEGORY_ZH[d.category] ?? d.category}）在第 ${d.chunk} 段：主体和画质标签放在前 75 个词元内效果最好。移到前面？`,
  },
};

/** The message of a finding in the given language. */
export function describeLint(finding: LintFinding, locale: Locale): string {
  return MESSAGES[finding.code][locale](finding.detail);
}
