import type { Locale } from "../i18n/messages";

/** The card pages' labels (gallery, share page) in both languages. */
const MESSAGES = {
  zh: {
    appName: "提示词工作室", back: "← 提示词工作室", language: "English",
    cards: "提示词卡片", importJson: "导入 JSON", search: "搜索卡片", searchPlaceholder: "搜索", showUnlisted: "显示未公开", all: "全部",
    notJson: "该文件不是 JSON。", empty: "还没有卡片，在编辑器里保存一张吧。", unlisted: "未公开", list: "公开", unlist: "取消公开",
    visibility: "谁能看到", visibilityLink: "有链接的任何人", visibilityTeam: "团队成员", visibilityPrivate: "仅自己",
    delete: "删除", confirmDelete: (title: string) => `删除“${title}”？`,
    prompt: "正向提示词", negative: "反向提示词", promptTags: "正向提示词标签", negativeTags: "反向提示词标签", parameters: "参数",
    copyAs: (format: string) => `复制 ${format} 格式`, copyData: "复制生成参数", generationData: "生成参数", copied: (what: string) => `已复制：${what}`,
    notCarried: (list: string) => `未能转换：${list}`, copyFailed: "复制失败，请手动选择上面的文字复制。", openInComposer: "在编辑器中打开",
  },
  en: {
    appName: "Prompt Studio", back: "← Prompt Studio", language: "中文",
    cards: "Cards", importJson: "Import JSON", search: "Search cards", searchPlaceholder: "Search", showUnlisted: "Show unlisted", all: "All",
    notJson: "That file is not JSON.", empty: "No cards yet: save one from the composer.", unlisted: "unlisted", list: "List", unlist: "Unlist",
    visibility: "Who can see it", visibilityLink: "Anyone with the link", visibilityTeam: "Team members", visibilityPrivate: "Only me",
    delete: "Delete", confirmDelete: (title: string) => `Delete "${title}"?`,
    prompt: "Prompt", negative: "Negative prompt", promptTags: "Prompt tags", negativeTags: "Negative prompt tags", parameters: "Parameters",
    copyAs: (format: string) => `Copy ${format}`, copyData: "Copy generation data", generationData: "Generation data", copied: (what: string) => `Copied: ${what}`,
    notCarried: (list: string) => `not carried over: ${list}`, copyFailed: "Copy failed: select the text above and copy it by hand.", openInComposer: "Open in composer",
  },
};

export type CardMessages = (typeof MESSAGES)["en"];

/** The card pages' labels in the UI language. */
export const cardMessages = (locale: Locale): CardMessages => MESSAGES[locale];
