import type { Diagnostic } from "./diagnostics";

export type Locale = "zh" | "en";

const MESSAGES: Record<Diagnostic["code"], Record<Locale, (d: Diagnostic) => string>> = {
  unclosed_bracket: {
    en: (d) => `Unclosed ${d.detail} at line ${d.line}, column ${d.column}: A1111 applies its weight to the end of the prompt.`,
    zh: (d) => `第 ${d.line} 行第 ${d.column} 列的 ${d.detail} 没有闭合：A1111 会把它的权重一直作用到提示词末尾。`,
  },
  unmatched_bracket: {
    en: (d) => `${d.detail} at line ${d.line}, column ${d.column} closes nothing: it is kept as text.`,
    zh: (d) => `第 ${d.line} 行第 ${d.column} 列的 ${d.detail} 没有对应的左括号：会被当作普通文字。`,
  },
  pipe_outside_alternation: {
    en: (d) => `"|" at line ${d.line}, column ${d.column} is outside [a|b]: A1111 then ignores all prompt editing and alternation in this prompt.`,
    zh: (d) => `第 ${d.line} 行第 ${d.column} 列的 "|" 不在 [a|b] 中：A1111 会因此忽略整个提示词里的编辑与交替语法。`,
  },
  dangling_backslash: {
    en: (d) => `Backslash at line ${d.line}, column ${d.column} escapes nothing: A1111 drops it and ignores prompt editing in this prompt.`,
    zh: (d) => `第 ${d.line} 行第 ${d.column} 列的反斜杠没有转义任何字符：A1111 会丢弃它，并忽略本提示词的编辑语法。`,
  },
  invalid_weight: {
    en: (d) => `"${d.detail}" at line ${d.line}, column ${d.column} is not a number: A1111 fails on this weight.`,
    zh: (d) => `第 ${d.line} 行第 ${d.column} 列的 "${d.detail}" 不是有效数字：A1111 无法解析这个权重。`,
  },
  weighted_break: {
    en: (d) => `BREAK at line ${d.line}, column ${d.column} is inside brackets: A1111 reads it as the word "BREAK", not a chunk break.`,
    zh: (d) => `第 ${d.line} 行第 ${d.column} 列的 BREAK 在括号内：A1111 会把它当作单词而不是分段。`,
  },
  control_character: {
    en: (d) => `Invisible control character ${d.detail} at line ${d.line}, column ${d.column} (CLIP removes it).`,
    zh: (d) => `第 ${d.line} 行第 ${d.column} 列有不可见控制字符 ${d.detail}（CLIP 会删除它）。`,
  },
  lone_surrogate: {
    en: (d) => `Broken character ${d.detail} at line ${d.line}, column ${d.column} (half of an emoji?): CLIP reads it as �.`,
    zh: (d) => `第 ${d.line} 行第 ${d.column} 列有残缺字符 ${d.detail}（半个表情符号？）：CLIP 会把它读作 �。`,
  },
  nesting_too_deep: {
    en: (d) => `Brackets nested more than ${d.detail} deep at line ${d.line}, column ${d.column}: the deeper ones are read as text (A1111 fails on this prompt).`,
    zh: (d) => `第 ${d.line} 行第 ${d.column} 列的括号嵌套超过 ${d.detail} 层：更深的括号按普通文字处理（A1111 无法解析这个提示词）。`,
  },
  extra_network: {
    en: (d) => `<${d.detail}> is an extra network: removed before the text is encoded, not counted.`,
    zh: (d) => `<${d.detail}> 是附加网络（LoRA 等）：编码前会被移除，不计入词元数。`,
  },
};

/** The user-facing message for a diagnostic, in the user's language. */
export function describeDiagnostic(diagnostic: Diagnostic, locale: Locale): string {
  return MESSAGES[diagnostic.code][locale](diagnostic);
}
