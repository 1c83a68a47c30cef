import type { Locale } from "@/lib/prompt/messages";

export type { Locale };

/** Every label of the UI in both languages. */
export const messages = {
  zh: {
    appName: "提示词工作室",
    tagline: "按 AUTOMATIC1111 语法书写 Stable Diffusion 提示词",
    prompt: "正向提示词",
    negativePrompt: "反向提示词",
    promptPlaceholder: "masterpiece, best quality, 1girl, (blue eyes:1.2), [smile|laughing] …",
    negativePlaceholder: "lowres, bad anatomy, bad hands, text, error …",
    tokens: "词元",
    chunk: "分段",
    chunkSummary: (n: number) => `共 ${n} 段，每段 75 个词元`,
    loadingTokenizer: "正在加载 CLIP 词表…",
    tokenizerFailed: "CLIP 词表加载失败，暂时无法计数。你的文字不受影响。",
    noIssues: "没有发现语法问题",
    weightHint: "Ctrl/⌘ + ↑/↓ 调整光标处词语的权重",
    language: "English",
    themeDark: "深色",
    themeLight: "浅色",
    format: "整理格式",
    weightLegend: "颜色：加强 / 减弱；虚线：75 词元分段处",
  },
  en: {
    appName: "Prompt Studio",
    tagline: "Write Stable Diffusion prompts in AUTOMATIC1111 syntax",
    prompt: "Prompt",
    negativePrompt: "Negative prompt",
    promptPlaceholder: "masterpiece, best quality, 1girl, (blue eyes:1.2), [smile|laughing] …",
    negativePlaceholder: "lowres, bad anatomy, bad hands, text, error …",
    tokens: "tokens",
    chunk: "chunk",
    chunkSummary: (n: number) => `${n} chunk${n === 1 ? "" : "s"} of 75 tokens`,
    loadingTokenizer: "Loading the CLIP vocabulary…",
    tokenizerFailed: "The CLIP vocabulary failed to load, so tokens cannot be counted. Your text is unaffected.",
    noIssues: "No syntax issues",
    weightHint: "Ctrl/⌘ + ↑/↓ changes the weight at the cursor",
    language: "中文",
    themeDark: "Dark",
    themeLight: "Light",
    format: "Tidy up",
    weightLegend: "Colour: stronger / weaker; dashed line: where a 75-token chunk ends",
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof messages)["zh"];
