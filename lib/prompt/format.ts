import { parseSyntax } from "./syntax";
import { serializePrompt, type PromptNode } from "./syntax-tree";

/**
 * Normalises commas and spaces without changing what the prompt means: one ", " between parts, single spaces,
 * no space just inside brackets, no empty parts, no leading or trailing separators. Weights, escapes, editing steps,
 * BREAK and AND are left as written.
 * @example formatPrompt(" masterpiece ,best quality,,  ( 1girl :1.2) ,") // "masterpiece, best quality, (1girl:1.2)"
 */
export function formatPrompt(text: string): string {
  const tree = formatNodes(parseSyntax(text).tree, true);
  return trimSeparators(serializePrompt(tree));
}

function formatNodes(nodes: PromptNode[], topLevel = false): PromptNode[] {
  return nodes.map((node, i): PromptNode => {
    switch (node.kind) {
      case "plain":
        return { ...node, text: formatPlain(node.text, i === 0 && !topLevel, i === nodes.length - 1 && !topLevel) };
      case "emphasis":
        return { ...node, children: formatNodes(node.children) };
      case "editing":
        return { ...node, from: node.from && formatNodes(node.from), to: formatNodes(node.to), when: node.when.trim() };
      case "alternation":
        return { ...node, options: node.options.map((o) => formatNodes(o)) };
      default:
        return node;
    }
  });
}

function formatPlain(text: string, atOpen: boolean, atClose: boolean): string {
  // An escaped character (\( or \,) is kept with its backslash and never joined with neighbours.
  if (text.includes("\\")) return text;
  let t = text
    .replace(/[ \t]*,(?:[ \t]*,)*[ \t]*/g, ", ")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ *\n */g, "\n");
  if (atOpen) t = t.replace(/^ +/, "");
  if (atClose) t = t.replace(/ +$/, "");
  return t;
}

function trimSeparators(text: string): string {
  return text.replace(/^[\s,]+/, "").replace(/[\s,]+$/, "").replace(/, \n/g, ",\n");
}
