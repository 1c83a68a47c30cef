/** A group of contradicting tags from dictionaries/conflicts.tsv. */
export interface ConflictGroup {
  name: string;
  nameZh: string;
  /** Without `right`, every tag of `left` contradicts every other one; with it, each left tag contradicts each right tag. */
  left: string[];
  right: string[] | null;
}

/** The groups indexed by tag: tag → (group index, side). Build once with `indexConflicts`. */
export interface ConflictIndex {
  groups: ConflictGroup[];
  byTag: Map<string, Array<{ group: number; side: 0 | 1 }>>;
  /** Another way to write a tag (a dictionary alias) → the tag as the groups write it. */
  aliases: Map<string, string>;
}

const normalize = (tag: string) => tag.toLowerCase().replace(/_/g, " ").replace(/\s+/g, " ").trim();

/**
 * Reads conflicts.tsv: `name<TAB>中文名<TAB>a, b, c` or `…<TAB>a | b, c`; `#` lines are comments.
 * @example parseConflicts("time of day\t昼夜\tday, night")[0] // { name: "time of day", nameZh: "昼夜", left: ["day", "night"], right: null }
 */
export function parseConflicts(tsv: string): ConflictGroup[] {
  return tsv.split("\n").filter((line) => line.trim() && !line.startsWith("#")).map((line) => {
    const [name = "", nameZh = "", tags = ""] = line.split("\t").map((f) => f.trim());
    const [left, right] = tags.split("|").map((side) => side.split(",").map(normalize).filter(Boolean));
    return { name, nameZh, left, right: right ?? null };
  });
}

/** Indexes the groups by tag, with aliases (alias → tag) that count as the tag. */
export function indexConflicts(groups: ConflictGroup[], aliases: Record<string, string> = {}): ConflictIndex {
  const byTag = new Map<string, Array<{ group: number; side: 0 | 1 }>>();
  groups.forEach((g, group) => {
    for (const [side, tags] of [[0, g.left], [1, g.right ?? []]] as const) {
      for (const tag of tags) byTag.set(tag, [...(byTag.get(tag) ?? []), { group, side }]);
    }
  });
  const aliasMap = new Map(Object.entries(aliases).map(([alias, tag]) => [normalize(alias), normalize(tag)]));
  return { groups, byTag, aliases: aliasMap };
}

/** The tag a key stands for in the groups (itself, or the tag it is an alias of). */
export const conflictKey = (index: ConflictIndex, key: string) => (index.byTag.has(key) ? key : index.aliases.get(key) ?? key);

/**
 * The group in which tags `a` and `b` (conflict keys) contradict each other, or null.
 * @example findConflict(indexConflicts(parseConflicts("t\t时\tday, night")), "day", "night")?.name // "t"
 */
export function findConflict(index: ConflictIndex, a: string, b: string): ConflictGroup | null {
  if (a === b) return null;
  const inB = index.byTag.get(b);
  if (!inB) return null;
  for (const x of index.byTag.get(a) ?? []) {
    for (const y of inB) {
      if (x.group !== y.group) continue;
      const group = index.groups[x.group];
      if (group.right === null || x.side !== y.side) return group;
    }
  }
  return null;
}
