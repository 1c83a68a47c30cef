/** A built-in negative prompt preset. */
export interface NegativePreset {
  id: string;
  name: string;
  nameZh: string;
  tags: string[];
}

/** Built-in presets, from the tutorial's negative prompts (section 3.1) and common practice. */
export const NEGATIVE_PRESETS: NegativePreset[] = [
  {
    id: "general", name: "General", nameZh: "通用",
    tags: ["lowres", "bad anatomy", "text", "error", "cropped", "worst quality", "low quality", "normal quality", "jpeg artifacts", "signature", "watermark", "username", "blurry"],
  },
  {
    id: "portrait", name: "People & portrait", nameZh: "人物肖像",
    tags: ["deformed", "disfigured", "poorly drawn face", "bad proportions", "cloned face", "extra limbs", "missing arms", "missing legs", "long neck", "cross-eyed", "asymmetrical eyes"],
  },
  {
    id: "photo", name: "Photorealistic", nameZh: "写实照片",
    tags: ["cartoon", "anime", "3d render", "painting", "illustration", "drawing", "cgi", "plastic skin", "oversaturated", "overexposed"],
  },
  {
    id: "anime", name: "Anime", nameZh: "二次元",
    tags: ["photorealistic", "realistic", "3d", "bad anatomy", "sketch", "monochrome", "greyscale", "worst quality", "low quality"],
  },
  {
    id: "hands", name: "Hands & anatomy", nameZh: "手部与结构",
    tags: ["bad hands", "missing fingers", "extra digit", "fewer digits", "fused fingers", "too many fingers", "mutated hands", "poorly drawn hands", "extra arms", "malformed limbs"],
  },
  {
    id: "text", name: "Text & watermark", nameZh: "文字与水印",
    tags: ["text", "watermark", "signature", "username", "logo", "artist name", "title", "caption", "copyright"],
  },
  {
    id: "safe", name: "Safe for work", nameZh: "安全内容",
    tags: ["nsfw", "nude", "naked", "nipples", "cleavage", "underwear", "gore", "blood", "violence"],
  },
];
