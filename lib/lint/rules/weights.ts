import { pyFloat } from "../../prompt/python-compat";
import { parseSyntax } from "../../prompt/syntax";
import { serializePrompt, type EmphasisNode, type PromptNode } from "../../prompt/syntax-tree";
import { removeTag } from "../../prompt/tag-parts";
import { editBetween, type LintFinding } from "../lint-issue";
import type { LintTag } from "../lint-tags";

/** Weights outside this range tend to give artefacts. */
export const SAFE_WEIGHT = { min: 0.5, max: 1.6 } as const;

const round = (w: number) => String(Math.round(w * 100) / 100);
const clamp = (w: number) => Math.min(SAFE_WEIGHT.max, Math.max(SAFE_WEIGHT.min, w));
const outside = (w: number) => w < SAFE_WEIGHT.min - 1e-9 || w > SAFE_WEIGHT.max + 1e-9;

/**
 * Brackets that do nothing or too much: `(x:1.0)`, empty `()`, an explicit weight outside 0.5–1.6, and nested
 * brackets whose weights multiply past those bounds (`((x:1.5))` is 1.65).
 * @example findWeightIssues("(cat:1.0)", tags)[0] // { code: "noop_weight", from: 0, to: 9, fix: { from: 0, to: 9, insert: "cat" }, … }
 */
export function findWeightIssues(text: string, tags: LintTag[]): LintFinding[] {
  const found: LintFinding[] = [];
  walk(parseSyntax(text).tree, 1, null, { text, tags, found });
  return found;
}

interface Walk {
  text: string;
  tags: LintTag[];
  found: LintFinding[];
}

/** `outer` is the outermost emphasis around these nodes, or null at the top: the place a nesting issue is told. */
function walk(nodes: PromptNode[], weight: number, outer: { node: EmphasisNode; told: boolean } | null, w: Walk) {
  for (const node of nodes) {
    if (node.kind === "editing") {
      walk(node.from ?? [], weight, outer, w);
      walk(node.to, weight, outer, w);
    } else if (node.kind === "alternation") for (const option of node.options) walk(option, weight, outer, w);
    else if (node.kind === "emphasis") {
      const own = ownWeight(node);
      if (Number.isNaN(own)) continue;
      const scope = outer ?? { node, told: false };
      if (!checkNode(node, own, w)) scope.told = true;
      const total = weight * own;
      if (outer && !scope.told && outside(total) && serializePrompt(node.children).trim()) {
        w.found.push(nestedIssue(scope.node, total, w.text));
        scope.told = true;
      }
      walk(node.children, total, scope, w);
    }
  }
}

function ownWeight(node: EmphasisNode): number {
  if (node.weight === null) return node.open === "(" ? 1.1 : 1 / 1.1;
  return pyFloat(serializePrompt(node.weight));
}

/** Reports what is wrong with the node itself; false when it did (its nesting is then not told again). */
function checkNode(node: EmphasisNode, own: number, w: Walk): boolean {
  const inner = serializePrompt(node.children);
  const source = w.text.slice(node.start, node.end);
  if (!inner.trim()) {
    const tag = w.tags.find((t) => t.start <= node.start && node.end <= t.end);
    // A tag that is only the brackets goes with its comma; brackets beside words go with one space before them.
    const from = w.text[node.start - 1] === " " ? node.start - 1 : node.start;
    const after = tag && tag.body.trim() === source ? removeTag(w.text, tag.index) : w.text.slice(0, from) + w.text.slice(node.end);
    w.found.push({ code: "empty_emphasis", from: node.start, to: node.end, detail: { text: source }, fix: editBetween(w.text, after) });
    return false;
  }
  if (node.weight === null) return true;
  if (Math.abs(own - 1) < 1e-9) {
    w.found.push({ code: "noop_weight", from: node.start, to: node.end, detail: { text: source, inner },
      fix: { from: node.start, to: node.end, insert: inner } });
    return false;
  }
  if (!outside(own)) return true;
  const numberStart = node.weight[0]?.start ?? node.end - 1;
  w.found.push({ code: "extreme_weight", from: node.start, to: node.end, detail: { text: source, weight: round(own), safe: round(clamp(own)) },
    fix: { from: numberStart, to: node.end - 1, insert: round(clamp(own)) } });
  return false;
}

/** Nested brackets past the bounds; fixable when they wrap plain text only: `(((x:1.5)))` → `(x:1.6)`. */
function nestedIssue(outer: EmphasisNode, total: number, text: string): LintFinding {
  let node: EmphasisNode = outer;
  while (node.children.length === 1 && node.children[0].kind === "emphasis") node = node.children[0];
  const plain = node.children.every((c) => c.kind === "plain") ? serializePrompt(node.children) : null;
  const fixed = plain?.trim() ? `(${plain.trim()}:${round(clamp(total))})` : null;
  return { code: "nested_emphasis", from: outer.start, to: outer.end,
    detail: { text: text.slice(outer.start, outer.end), weight: round(total), safe: round(clamp(total)), fixed: fixed ?? "" },
    fix: fixed ? { from: outer.start, to: outer.end, insert: fixed } : undefined };
}
