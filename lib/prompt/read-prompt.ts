import { parseAttentionRuns, type AttentionPair, type AttentionRun } from "./attention";
import { bracketIssues, findDiagnostics, type BracketIssue, type Diagnostic } from "./diagnostics";
import { highlightPrompt, type HighlightSpan } from "./highlight";
import { getPromptSchedules, type ScheduleEntry } from "./schedules";
import { parseSyntax, type SyntaxParse } from "./syntax";
import type { PromptNode } from "./syntax-tree";
import { splitPromptParts, tagIndices, tagKind, tagWeight, type TagKind } from "./tag-parts";

/** A tag of the prompt as the tag view shows it: its text, where it starts, what it is and its weight. */
export interface PromptTag {
  body: string;
  start: number;
  kind: TagKind;
  weight: number;
}

/**
 * Everything the grammar says about one version of a prompt, each worked out on first use and then kept: the
 * syntax tree, diagnostics, highlighting, attention runs, tags and schedules (the texts A1111's counter measures are
 * countedVariants, which the analysis asks for with this reading's tree).
 * Nothing is parsed twice: highlighting and diagnostics share the bracket scan, schedules share the tree.
 * @example readPrompt("a (cat:1.2)").attention // [["a ", 1], ["cat", 1.2]]
 */
export function readPrompt(text: string): PromptReading {
  return new PromptReading(text);
}

/** The lazily computed grammar facts of one prompt text (see readPrompt). */
export class PromptReading {
  private memo = new Map<string, unknown>();
  constructor(readonly text: string) {}

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /** parseSyntax: the lossless tree and why A1111's schedule grammar would reject the prompt, if it would. */
  get syntax(): SyntaxParse {
    return this.once("syntax", () => parseSyntax(this.text));
  }

  get tree(): PromptNode[] {
    return this.syntax.tree;
  }

  private get bracketIssues(): BracketIssue[] {
    return this.once("brackets", () => bracketIssues(this.text));
  }

  get diagnostics(): Diagnostic[] {
    return this.once("diagnostics", () => findDiagnostics(this.text, this.syntax.failure, this.bracketIssues));
  }

  get highlight(): HighlightSpan[] {
    return this.once("highlight", () => highlightPrompt(this.text, this.syntax, this.bracketIssues));
  }

  /** A1111's parse_prompt_attention runs with their source ranges. */
  get attentionRuns(): AttentionRun[] {
    return this.once("attention", () => parseAttentionRuns(this.text));
  }

  get attention(): AttentionPair[] {
    return this.attentionRuns.map((run) => [run.text, run.weight]);
  }

  get tags(): PromptTag[] {
    return this.once("tags", () => {
      const split = splitPromptParts(this.text);
      return tagIndices(split).map((slot) => {
        const part = split.parts[slot];
        return { body: part.body, start: part.start + part.lead.length, ...describeTag(part.body) };
      });
    });
  }

  schedules(steps: number): ScheduleEntry[] {
    return this.once(`schedules ${steps}`, () => getPromptSchedules(this.text, steps, {}, this.syntax));
  }
}

// A tag's kind and weight depend on its text alone: worked out once per distinct tag, for every version after.
const described = new Map<string, { kind: TagKind; weight: number }>();

function describeTag(body: string): { kind: TagKind; weight: number } {
  let facts = described.get(body);
  if (!facts) {
    if (described.size > 5000) described.clear();
    facts = { kind: tagKind(body), weight: tagWeight(body) };
    described.set(body, facts);
  }
  return facts;
}
