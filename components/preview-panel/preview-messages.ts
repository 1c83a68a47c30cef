import type { Locale } from "../i18n/messages";

/** Labels of the preview panel's model picker, variation seed and checks, in both languages. */
const MESSAGES = {
  zh: {
    model: "模型",
    modelDefault: (name: string | null) => (name ? `默认（最新添加：${name}）` : "默认（最新添加的模型）"),
    modelKinds: { sd1: "SD 1.x", sd2: "SD 2.x", turbo: "Turbo", custom: "自定义", tagger: "打标", clip: "CLIP" },
    variationSeed: "变异种子",
    variationStrength: "变异强度",
    variationClear: "不用变异种子",
    fixFirst: "请先修改：",
  },
  en: {
    model: "Model",
    modelDefault: (name: string | null) => (name ? `Default (newest: ${name})` : "Default (newest model)"),
    modelKinds: { sd1: "SD 1.x", sd2: "SD 2.x", turbo: "Turbo", custom: "Custom", tagger: "Tagger", clip: "CLIP" },
    variationSeed: "Variation seed",
    variationStrength: "Variation strength",
    variationClear: "No variation seed",
    fixFirst: "Fix first: ",
  },
};

export type PreviewMessages = (typeof MESSAGES)["en"];

/** The panel's extra labels in the UI language. */
export const previewMessages = (locale: Locale): PreviewMessages => MESSAGES[locale];

/**
 * A file size as people read it.
 * @example formatSize(2_132_000_000) // "2.0 GB"
 */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
