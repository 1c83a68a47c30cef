/**
 * Full-width punctuation that Chinese input methods type inside prompt syntax, folded to ASCII so A1111 reads the
 * weights: （金发：1.2） → (金发:1.2). Chinese list separators become ", ". Text in other scripts is left alone.
 * @example normalizeChinesePunctuation("（金发：1.2），【猫｜狗】") // "(金发:1.2), [猫|狗]"
 */
export function normalizeChinesePunctuation(text: string): string {
  return text
    .replace(/\s*[，、]\s*/g, ", ")
    .replace(/\s*[；。]\s*/g, ", ")
    .replace(/[【〔]/g, "[")
    .replace(/[】〕]/g, "]")
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/** Converts traditional characters to simplified ones (handed in: OpenCC on the server). */
export type ToSimplified = (text: string) => string;

const HAN_RUN = /[\p{Script=Han}]+/gu;

/** Applies `toSimplified` to the runs of Chinese characters only, so nothing else can change. */
export function simplifyHan(text: string, toSimplified: ToSimplified | undefined): string {
  if (!toSimplified) return text;
  return text.replace(HAN_RUN, (run) => {
    const out = toSimplified(run);
    return out.length === run.length ? out : run;
  });
}
