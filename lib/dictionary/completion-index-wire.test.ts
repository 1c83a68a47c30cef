import { describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "./builtin.server";
import { buildCompletionIndex, completeTag, type CompletionIndex, type CompletionRow } from "./complete";
import { getCompletionRows } from "./completion-data.server";
import { packCompletionIndex, unpackCompletionIndex } from "./completion-index-wire";

const row = (tag: string, more: Partial<CompletionRow> = {}): CompletionRow => ({ tag, zh: "", category: "general", posts: 1, aliases: [], pinyin: [], explicit: false, favorite: false, ...more });
const roundTrip = (index: CompletionIndex) => unpackCompletionIndex(packCompletionIndex(index));

// The same answers, queried every way the worker queries: default, with recent tags and a limit, with explicit tags.
function expectSameAnswers(built: CompletionIndex, unpacked: CompletionIndex, queries: Iterable<string>, recent: string[]) {
  for (const q of queries) {
    for (const options of [{}, { limit: 8, recent }, { limit: 50, includeExplicit: true }]) {
      expect(completeTag(unpacked, q, options), `${q} ${JSON.stringify(options)}`).toEqual(completeTag(built, q, options));
    }
  }
}

describe("the packed suggestion index", () => {
  it("unpacks into the very table it was packed from, over the whole tag set the route serves", () => {
    // A favourite every thousand rows, so the boost for favourites is exercised too.
    const rows = getCompletionRows(getBuiltinDictionary()).map((r, i) => (i % 1000 === 0 ? { ...r, favorite: true } : r));
    const built = buildCompletionIndex(rows);
    const unpacked = roundTrip(built);
    expect(unpacked.keys).toEqual(built.keys);
    expect(unpacked.row).toEqual(built.row);
    expect(unpacked.kind).toEqual(built.kind);
    expect(unpacked.byRank).toEqual(built.byRank);
    expect(unpacked.names).toEqual(built.names);
    expect(unpacked.favorites).toEqual(built.favorites);
    expect(unpacked.rows).toEqual(built.rows.map(({ tag, zh, category, posts, explicit, favorite }) => ({ tag, zh, category, posts, explicit, favorite })));
    const queries = new Set(["blon", "long_h", "金发", "双马", "shuangma", "smw", "qipao", "hatsune m", "初音", "x", "Long_Hair", "zzzz"]);
    for (let i = 0; i < rows.length; i += 211) for (const name of [rows[i].tag, rows[i].zh, ...rows[i].aliases, ...rows[i].pinyin]) for (let n = 1; n <= Math.min(name.length, 5); n++) queries.add(name.slice(0, n));
    expectSameAnswers(built, unpacked, queries, ["hair flower", "smile", rows[40_000].tag]);
  });

  it("keeps tags that are not their own key, Chinese aliases, later words, flags and odd post counts", () => {
    const rows = [
      row("Hatsune_Miku_(cosplay)", { zh: "初音未来（cos）", aliases: ["初音", "miku cos"], pinyin: ["chuyinweilai", "cywl"], posts: 12.5 }),
      row("long hair", { zh: "长发", aliases: ["long_hair", "长头发"], posts: 4_000_000, favorite: true }),
      row("a b c d e f g", { posts: 3 }),
      row("café au lait", { category: "food", posts: 7 }),
      row("nude", { zh: "裸体", explicit: true, posts: 10 }),
      row("_", { posts: 2 }),
      row("long hair", { posts: 1, category: "duplicate" }),
    ];
    const built = buildCompletionIndex(rows);
    const unpacked = roundTrip(built);
    expect(unpacked.rows.map((r) => r.tag)).toEqual(rows.map((r) => r.tag));
    expect(unpacked.keys).toEqual(built.keys);
    expect(unpacked.rows[0].posts).toBe(12.5);
    const queries = ["h", "hatsune", "cos", "初", "chu", "cywl", "l", "long hair", "长", "hair", "b", "d e", "g", "caf", "au", "lait", "nu", "_", "a b"];
    expectSameAnswers(built, unpacked, queries, ["long hair", "a b c d e f g"]);
  });

  it("refuses bytes of another format", () => {
    const bytes = packCompletionIndex(buildCompletionIndex([row("smile")]));
    expect(() => unpackCompletionIndex(bytes.subarray(0, bytes.length - 1))).toThrow(/not a completion index/);
  });
});
