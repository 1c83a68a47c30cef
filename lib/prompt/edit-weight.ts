/** Settings of the Ctrl/Cmd+↑/↓ weight editor; defaults are A1111's. */
export interface WeightEditOptions {
  /** Step for `(x:w)` weights (A1111 "keyedit_precision_attention", 0.1). */
  step?: number;
  /** Step for `<lora:x:w>` weights (A1111 "keyedit_precision_extra", 0.05). */
  extraStep?: number;
  /** Characters that end a word when nothing is selected. */
  delimiters?: string;
}

export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

const DEFAULT_DELIMITERS = ".,\\/!?%^*;:{}=`~() \t\r\n";

/**
 * A1111's Ctrl/Cmd+↑/↓: changes the weight of the selection, or of the bracketed group or word at the cursor,
 * adding or removing `( :w)` as needed. Returns null when there is nothing to edit.
 * @example editWeight("a cat", 3, 3, 1) // { text: "a (cat:1.1)", selectionStart: 3, selectionEnd: 6 }
 */
export function editWeight(value: string, selStart: number, selEnd: number, direction: 1 | -1, options: WeightEditOptions = {}): TextEdit | null {
  const step = options.step ?? 0.1;
  const delimiters = options.delimiters ?? DEFAULT_DELIMITERS;
  let text = value;
  let start = selStart;
  let end = selEnd;

  const selectBlock = (open: string, close: string): boolean => {
    if (start !== end) return false;
    const before = text.substring(0, start);
    const openAt = before.lastIndexOf(open);
    if (openAt === -1) return false;
    const closeBefore = before.lastIndexOf(close);
    if (closeBefore !== -1 && closeBefore > openAt) return false;
    const after = text.substring(start);
    const closeAt = after.indexOf(close);
    if (closeAt === -1) return false;
    const openAfter = after.indexOf(open);
    if (openAfter !== -1 && openAfter < closeAt) return false;
    const content = text.substring(openAt + 1, start + closeAt);
    start = openAt + 1;
    end = /.*:-?[\d.]+/s.test(content) ? start + content.lastIndexOf(":") : start + content.length;
    return true;
  };
  const selectWord = () => {
    if (start !== end) return;
    while (start > 0 && !delimiters.includes(text[start - 1])) start--;
    while (end < text.length && !delimiters.includes(text[end])) end++;
    while (text[start] === " " && start < end) start++;
    while (text[end - 1] === " " && end > start) end--;
  };
  if (!selectBlock("<", ">") && !selectBlock("(", ")") && !selectBlock("[", "]")) selectWord();

  let close = ")";
  let delta = step;
  const before = start > 0 ? text[start - 1] : "";
  const after = text[end];
  if (before === "<") {
    close = ">";
    delta = options.extraStep ?? 0.05;
  } else if ((before === "(" && after === ")") || (before === "[" && after === "]")) {
    // Old-style ((emphasis)) or [de-emphasis] becomes an explicit weight.
    let depth = 0;
    while (text[start - depth - 1] === before && text[end + depth] === after) depth++;
    let weight = before === "[" ? (1 / 1.1) ** depth : 1.1 ** depth;
    weight = Math.round(weight / step) * step;
    text = text.slice(0, start - depth) + "(" + text.slice(start, end) + ":" + weight + ")" + text.slice(end + depth);
    start -= depth - 1;
    end -= depth - 1;
  } else if (before !== "(") {
    while (end > start && text[end - 1] === " ") end--;
    if (start === end) return null;
    text = text.slice(0, start) + "(" + text.slice(start, end) + ":1.0)" + text.slice(end);
    start++;
    end++;
  }

  if (text[end] !== ":") return null;
  const weightLength = text.slice(end + 1).indexOf(close) + 1;
  let weight: number | string = Number.parseFloat(text.slice(end + 1, end + weightLength));
  if (Number.isNaN(weight)) return null;
  weight += direction * delta;
  weight = Number.parseFloat(weight.toPrecision(12));
  const weightText = Number.isInteger(weight) ? `${weight}.0` : String(weight);

  if (close === ")" && weight === 1) {
    const closeAt = text.substring(end).indexOf(")");
    text = text.slice(0, start - 1) + text.slice(start, end) + text.slice(end + closeAt + 1);
    start--;
    end--;
  } else {
    text = text.slice(0, end + 1) + weightText + text.slice(end + weightLength);
  }
  return { text, selectionStart: start, selectionEnd: end };
}
