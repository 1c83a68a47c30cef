/** The Chinese names of the fields validation messages name (render settings, cards, styles). */
const FIELD_ZH: Record<string, string> = {
  width: "宽度", height: "高度", steps: "步数", "CFG scale": "CFG 系数", seed: "种子", "variation seed": "变异种子",
  "variation strength": "变异强度", "batch count": "批次数", "batch size": "每批数量", "denoising strength": "重绘幅度",
  sampler: "采样器", "resize mode": "缩放模式", backend: "后端", zh: "中文名",
};
const field = (name: string) => FIELD_ZH[name] ?? name;

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^(.+) must be between (\S+) and (\S+)$/, (m) => `${field(m[1])}必须在 ${m[2]} 到 ${m[3]} 之间`],
  [/^(.+) must be a whole number$/, (m) => `${field(m[1])}必须是整数`],
  [/^(.+) must be a multiple of (\d+)$/, (m) => `${field(m[1])}必须是 ${m[2]} 的倍数`],
  [/^(.+) must be -1 \(random\) or 0 to (\d+)$/, (m) => `${field(m[1])}必须是 -1（随机）或 0 到 ${m[2]}`],
  [/^(.+) must be one of: (.+)$/, (m) => `${field(m[1])}必须是以下之一：${m[2]}`],
  [/^the prompt is longer than (\d+) characters$/, (m) => `提示词超过 ${m[1]} 个字符`],
  [/^the negative prompt is longer than (\d+) characters$/, (m) => `反向提示词超过 ${m[1]} 个字符`],
  [/^the img2img image is larger than (\d+) MB$/, (m) => `图生图的输入图片超过 ${m[1]} MB`],
  [/^the img2img image is not a PNG, JPEG or WebP image$/, () => "图生图的输入图片不是 PNG、JPEG 或 WebP 图片"],
  [/^the img2img image is not valid base64$/, () => "图生图的输入图片不是有效的 base64 数据"],
  [/^the img2img image must be bytes$/, () => "图生图的输入图片必须是字节数据"],
  [/^the preview image is larger than (\d+) MB$/, (m) => `预览图超过 ${m[1]} MB`],
  [/^a card needs a title$/, () => "卡片需要一个标题"],
  [/^styles\.csv is larger than (\d+) MB$/, (m) => `styles.csv 超过 ${m[1]} MB`],
  [/^zh must contain Chinese characters$/, () => "中文名必须包含汉字"],
  [/^enter the access secret$/, () => "请输入访问密钥"],
  [/^must be an http:\/\/ or https:\/\/ URL$/, () => "地址必须是 http:// 或 https:// 开头的网址"],
];

/**
 * The Chinese of one of the app's own validation messages, or null for a message it does not know.
 * @example validationMessageZh("width must be a multiple of 8") // "宽度必须是 8 的倍数"
 */
export function validationMessageZh(message: string): string | null {
  for (const [pattern, zh] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) return zh(m);
  }
  return null;
}
