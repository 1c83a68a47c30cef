import type { Locale } from "../i18n/messages";

/** The image tagger section's labels in both languages. */
const MESSAGES = {
  zh: {
    section: "从图片识别标签", mode: "模式", modeLabel: "识别模式", tagger: "动漫图（WD 打标模型）", clip: "照片（CLIP）",
    threshold: "阈值", characters: "角色阈值", reading: "识别中…", getTags: "识别标签", rating: "分级", tags: "图片标签",
    noneAbove: "没有标签超过阈值。", hidden: (n: number) => `已隐藏 ${n} 个露骨标签（见设置）。`,
    selectAll: "全选", selectNone: "全不选", insert: (n: number) => `插入 ${n} 个到编辑器`, model: "模型",
  },
  en: {
    section: "Tags from the image", mode: "Mode", modeLabel: "Tagging mode", tagger: "Anime art (WD tagger)", clip: "Photo (CLIP)",
    threshold: "Threshold", characters: "Character threshold", reading: "Reading…", getTags: "Get tags", rating: "Rating", tags: "Image tags",
    noneAbove: "No tag passed the threshold.", hidden: (n: number) => `${n} explicit tag(s) hidden (see Settings).`,
    selectAll: "Select all", selectNone: "Select none", insert: (n: number) => `Insert ${n} into composer`, model: "Model",
  },
};

/** The section's labels in the UI language. */
export const taggerMessages = (locale: Locale) => MESSAGES[locale];
