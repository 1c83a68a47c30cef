import { PROMPT_LIMITS } from "./prompt-limits";
import { PY_SPACE } from "./python-compat";
import type { PromptNode } from "./syntax-tree";
import { unitAt } from "../text/unit-at";

/** Why A1111's schedule grammar rejects a prompt (it then ignores all editing and alternation in it). */
export interface GrammarFailure {
  at: number;
  reason: "pipe" | "backslash";
}

export interface SyntaxParse {
  tree: PromptNode[];
  failure: GrammarFailure | null;
}

// Lark's SIGNED_NUMBER, which A1111's grammar uses for the step of an edit.
const NUMBER = /[+-]?(?:\d+\.\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+)/y;
const WHITESPACE = new RegExp(`${PY_SPACE}+`, "uy");
// \ [ ] ( ) : | end a run of plain text.
const isSpecial = (unit: number) => unit === 92 || unit === 91 || unit === 93 || unit === 40 || unit === 41 || unit === 58 || unit === 124;

/** A run of items, where it ends, and how deeply its brackets nest. */
type Seq = { nodes: PromptNode[]; end: number; depth: number };

/**
 * Parses a prompt the way A1111's schedule grammar (a Lark grammar) does: brackets that form emphasis, editing
 * `[a:b:N]` or alternation `[a|b]` become nodes; brackets that cannot, at the top level, stay as stray text.
 * A `|` outside alternation or a dangling backslash makes the grammar reject the whole prompt (`failure`).
 * Brackets nested deeper than `maxNesting` (256) form no node, so every tree walker stays within its stack; the
 * diagnostics report the place (A1111's own parser fails on such a prompt).
 * @example parseSyntax("a [b:c:3]").tree[1] // { kind: "editing", from: [b], to: [c], when: "3", start: 2, end: 9 }
 */
export function parseSyntax(text: string, maxNesting: number = PROMPT_LIMITS.maxNesting): SyntaxParse {
  const parser = new GrammarParser(text, maxNesting);
  return parser.parseTop();
}

class GrammarParser {
  // Memos by source position: the item and the sequence that start there, and the depth of the bracket node there.
  // (Arrays as long as the text, unset where nothing was asked: one allocation each, where a Map asked for a few dozen
  // positions grew and rehashed its table as they came.)
  private readonly items: (PromptNode | null | undefined)[];
  private readonly seqs: (Seq | undefined)[];
  private readonly depths: number[];
  constructor(private readonly text: string, private readonly maxNesting: number) {
    this.items = new Array(text.length + 1);
    this.seqs = new Array(text.length + 1);
    this.depths = new Array(text.length + 1);
  }

  parseTop(): SyntaxParse {
    const { text } = this;
    const tree: PromptNode[] = [];
    let failure: GrammarFailure | null = null;
    // Resolve brackets right to left so nested ones are already known: no recursion as deep as the nesting.
    for (let round = text.lastIndexOf("("), square = text.lastIndexOf("["); round !== -1 || square !== -1;) {
      if (round > square) round = (this.item(round), round > 0 ? text.lastIndexOf("(", round - 1) : -1);
      else square = (this.item(square), square > 0 ? text.lastIndexOf("[", square - 1) : -1);
    }
    let pos = 0;
    while (pos < text.length) {
      const seq = this.seq(pos);
      tree.push(...seq.nodes);
      pos = seq.end;
      if (pos >= text.length) break;
      const ch = text[pos];
      if ("[]():".includes(ch)) {
        tree.push(textNode("stray", ch, pos, pos + 1));
        pos++;
        continue;
      }
      failure ??= { at: pos, reason: ch === "|" ? "pipe" : "backslash" };
      tree.push(textNode("plain", ch, pos, pos + 1));
      pos++;
    }
    return { tree: mergePlain(tree), failure };
  }

  /** Lark's `prompt`: a possibly empty run of items. */
  private seq(pos: number): Seq {
    const cached = this.seqs[pos];
    if (cached) return cached;
    const nodes: PromptNode[] = [];
    let at = pos;
    let depth = 0;
    for (;;) {
      const item = this.item(at);
      if (!item) break;
      nodes.push(item);
      depth = Math.max(depth, item.kind === "plain" || item.kind === "stray" ? 0 : this.depths[item.start]);
      at = item.end;
    }
    const result = { nodes, end: at, depth };
    this.seqs[pos] = result;
    return result;
  }

  private item(pos: number): PromptNode | null {
    if (pos >= this.text.length) return null;
    const known = this.items[pos];
    if (known !== undefined) return known;
    const unit = unitAt(this.text, pos);
    const node = unit === 40 ? this.round(pos) : unit === 91 ? this.square(pos) : this.plain(pos);
    this.items[pos] = node;
    return node;
  }

  private plain(pos: number): PromptNode | null {
    const { text } = this;
    let at = pos;
    while (at < text.length) {
      const unit = unitAt(text, at);
      if (unit === 92) {
        if (at + 1 >= text.length || unitAt(text, at + 1) === 10) break;
        at += 2;
      } else if (isSpecial(unit)) break;
      else at++;
    }
    return at === pos ? null : textNode("plain", text.slice(pos, at), pos, at);
  }

  private round(pos: number): PromptNode | null {
    const inner = this.seq(pos + 1);
    const ch = this.text[inner.end];
    if (ch === ")") return this.nest(emphasisNode("(", inner.nodes, null, pos, inner.end + 1), [inner]);
    if (ch !== ":") return null;
    const weight = this.seq(inner.end + 1);
    if (this.text[weight.end] !== ")") return null;
    return this.nest(emphasisNode("(", inner.nodes, weight.nodes, pos, weight.end + 1), [inner, weight]);
  }

  private square(pos: number): PromptNode | null {
    const first = this.seq(pos + 1);
    const ch = this.text[first.end];
    if (ch === "]") return this.nest(emphasisNode("[", first.nodes, null, pos, first.end + 1), [first]);
    if (ch === "|") return this.alternation(pos, first);
    if (ch !== ":") return null;
    const short = this.when(first.end + 1);
    if (short) return this.nest(editingNode(null, first.nodes, short.raw, pos, short.end), [first]);
    const second = this.seq(first.end + 1);
    if (this.text[second.end] !== ":") return null;
    const long = this.when(second.end + 1);
    if (!long) return null;
    return this.nest(editingNode(first.nodes, second.nodes, long.raw, pos, long.end), [first, second]);
  }

  private alternation(pos: number, first: Seq): PromptNode | null {
    const options = [first.nodes];
    const seqs = [first];
    let at = first.end;
    while (this.text[at] === "|") {
      const next = this.seq(at + 1);
      options.push(next.nodes);
      seqs.push(next);
      at = next.end;
    }
    if (this.text[at] !== "]") return null;
    return this.nest(alternationNode(options, pos, at + 1), seqs);
  }

  /** `[WHITESPACE] NUMBER [WHITESPACE] "]"` from `pos`; returns the raw text before the bracket. */
  private when(pos: number): { raw: string; end: number } | null {
    let at = this.skip(WHITESPACE, pos);
    NUMBER.lastIndex = at;
    const num = NUMBER.exec(this.text);
    if (!num) return null;
    at = this.skip(WHITESPACE, at + num[0].length);
    if (this.text[at] !== "]") return null;
    return { raw: this.text.slice(pos, at), end: at + 1 };
  }

  private skip(re: RegExp, pos: number): number {
    re.lastIndex = pos;
    const m = re.exec(this.text);
    return m ? pos + m[0].length : pos;
  }

  // A bracket node one level above its contents; too deep, it forms no node and its bracket stays text.
  // (The sequences come as one list, not spread as arguments: a call spreading lists of changing length, alternations of
  // two options and then of three, threw away the optimized code it was in.)
  private nest(node: PromptNode, inside: readonly Seq[]): PromptNode | null {
    let depth = 0;
    for (const seq of inside) depth = Math.max(depth, seq.depth);
    depth++;
    if (depth > this.maxNesting) return null;
    this.depths[node.start] = depth;
    return node;
  }
}

function mergePlain(nodes: PromptNode[]): PromptNode[] {
  const out: PromptNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.kind === "plain" && last?.kind === "plain" && last.end === node.start) {
      out[out.length - 1] = textNode("plain", last.text + node.text, last.start, node.end);
    } else out.push(node);
  }
  return out;
}

// Every node is made by makeNode, with the fields of every kind in one order (those its kind has no use for left
// undefined, which JSON leaves out; each kind's own fields keep their order in it). The tree's walkers then read
// objects of one shape: five shapes, one a kind, made their property reads megamorphic, and optimized code met a
// kind it had not seen yet and was thrown away. (Arguments left off are undefined.)
function makeNode(kind: PromptNode["kind"], start: number, end: number, text?: string, open?: "(" | "[", children?: PromptNode[],
  weight?: PromptNode[] | null, from?: PromptNode[] | null, to?: PromptNode[], when?: string, options?: PromptNode[][]): PromptNode {
  return { kind, text, open, children, weight, from, to, when, options, start, end } as PromptNode;
}

const textNode = (kind: "plain" | "stray", text: string, start: number, end: number) => makeNode(kind, start, end, text);
const emphasisNode = (open: "(" | "[", children: PromptNode[], weight: PromptNode[] | null, start: number, end: number) =>
  makeNode("emphasis", start, end, undefined, open, children, weight);
const editingNode = (from: PromptNode[] | null, to: PromptNode[], when: string, start: number, end: number) =>
  makeNode("editing", start, end, undefined, undefined, undefined, undefined, from, to, when);
const alternationNode = (options: PromptNode[][], start: number, end: number) =>
  makeNode("alternation", start, end, undefined, undefined, undefined, undefined, undefined, undefined, undefined, options);
