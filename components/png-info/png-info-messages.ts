import type { Locale } from "../i18n/messages";

/** The PNG Info page's labels in both languages. */
const MESSAGES = {
  zh: {
    back: "← 提示词工作室",
    title: "图片信息（PNG Info）",
    intro: (tools: string) => `读取 ${tools} 生成的图片（含隐写的 PNG 信息），也可以粘贴生成参数。`,
    drop: "拖入图片或点击选择",
    imageFile: "图片文件",
    generationData: "生成参数",
    readPasted: "解析",
    tooLarge: "图片超过 50 MB。",
    result: "解析结果",
    source: "来源",
    hiddenIn: { alpha: "藏在透明通道中", rgb: "藏在 RGB 低位中" },
    image: "图片",
    prompt: "正向提示词",
    negative: "反向提示词",
    parameters: "参数",
    noParameters: "文件里没有参数。",
    copy: "复制",
    copyAll: "复制全部生成参数",
    copied: "已复制",
    copyFailed: "复制失败，请手动选择文字复制。",
    fullParse: "完整解析（含 A1111 补全的默认值）",
    useInComposer: "在编辑器中使用",
    useInComposerHint: "提示词、采样器、步数、CFG、种子和尺寸都会带到编辑器的预览面板。",
    language: "English",
  },
  en: {
    back: "← Prompt Studio",
    title: "PNG Info",
    intro: (tools: string) => `Images from ${tools}, stealth PNG info included; or paste generation data.`,
    drop: "Drop an image here or click to choose",
    imageFile: "Image file",
    generationData: "Generation data",
    readPasted: "Read pasted text",
    tooLarge: "The image is larger than 50 MB.",
    result: "Result",
    source: "Source",
    hiddenIn: { alpha: "hidden in the alpha channel", rgb: "hidden in the RGB low bits" },
    image: "Image",
    prompt: "Prompt",
    negative: "Negative prompt",
    parameters: "Parameters",
    noParameters: "The file carries no parameters.",
    copy: "Copy",
    copyAll: "Copy all generation data",
    copied: "Copied",
    copyFailed: "Copy failed: select the text and copy it by hand.",
    fullParse: "Full parse (with the defaults A1111 fills in)",
    useInComposer: "Use in composer",
    useInComposerHint: "Prompts, sampler, steps, CFG, seed and size go to the composer's preview panel.",
    language: "中文",
  },
};

export type PngInfoMessages = (typeof MESSAGES)["en"];

/** The page's labels in the UI language. */
export const pngInfoMessages = (locale: Locale): PngInfoMessages => MESSAGES[locale];
