#!/usr/bin/env node
// Reports what dictionaries/explicit.tsv flags as explicit: how many of the 5,000 and 30,000 most-used general Danbooru tags
// (dictionaries/danbooru/tags.csv, category 0, file order), which curated dictionary entries are flagged (they stay in the
// data, the app hides them unless the user opts in), and rules that match nothing in tags.csv.
// Usage: node scripts/dictionary/explicit-report.mjs [--list] [extra.jsonl ...]   (--list prints every flagged top-30,000 tag)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dictDir = path.join(root, "dictionaries");
const args = process.argv.slice(2);
const list = args.includes("--list");
const extra = args.filter((a) => a !== "--list");

/** Lower case, underscores for spaces: the form explicit.tsv and tags.csv use. */
const toUnderscore = (t) => t.trim().toLowerCase().replace(/\s+/g, "_");
const words = (t) => toUnderscore(t).split(/[_()]+/).filter(Boolean);

const rules = { words: new Set(), tags: new Set() };
const badLines = [];
fs.readFileSync(path.join(dictDir, "explicit.tsv"), "utf8").split("\n").forEach((raw, i) => {
  if (!raw.trim() || raw.startsWith("#")) return;
  const [kind, value, more] = raw.split("\t");
  if (more !== undefined || !value?.trim() || (kind !== "word" && kind !== "tag")) badLines.push(`explicit.tsv:${i + 1}: ${JSON.stringify(raw)}`);
  else if (kind === "word") rules.words.add(value.trim().toLowerCase());
  else rules.tags.add(toUnderscore(value));
});

/** Whether a tag (any spelling) is explicit under the rules. */
export function isExplicit(tag) {
  return rules.tags.has(toUnderscore(tag)) || words(tag).some((w) => rules.words.has(w));
}

// tags.csv: tag,category,post_count,"aliases" (no header)
const general = [];
const known = new Set();
for (const line of fs.readFileSync(path.join(dictDir, "danbooru", "tags.csv"), "utf8").split("\n")) {
  const m = /^([^,]+),(\d+),(\d+),/.exec(line);
  if (!m) continue;
  known.add(m[1]);
  if (m[2] === "0") general.push({ tag: m[1], posts: Number(m[3]) });
}

const flaggedIn = (n) => general.slice(0, n).filter((g) => isExplicit(g.tag));
const top5 = flaggedIn(5000);
const top30 = flaggedIn(30000);
console.log(`explicit.tsv: ${rules.words.size} words, ${rules.tags.size} tags`);
console.log(`top 5,000 general tags: ${top5.length} flagged (${((100 * top5.length) / Math.min(5000, general.length)).toFixed(1)}%)`);
console.log(`top 30,000 general tags: ${top30.length} flagged (${((100 * top30.length) / Math.min(30000, general.length)).toFixed(1)}%)`);
if (list) console.log(`\n${top30.map((g) => g.tag).join("\n")}`);

const files = [
  ...fs.readdirSync(dictDir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(dictDir, f)),
  ...extra.map((f) => path.resolve(f)),
];
const curated = [];
for (const file of files) {
  fs.readFileSync(file, "utf8").split("\n").forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const e = JSON.parse(raw);
      if (typeof e.tag === "string" && isExplicit(e.tag)) curated.push(`${e.tag} (${e.zh}) ${path.relative(root, file) || file}:${i + 1}`);
    } catch {
      badLines.push(`${file}:${i + 1}: not JSON`);
    }
  });
}
console.log(`\ncurated entries flagged (kept, hidden unless opted in): ${curated.length}`);
for (const c of curated) console.log(`  ${c}`);

const unmatched = [...rules.tags].filter((t) => !known.has(t));
const idleWords = [...rules.words].filter((w) => !general.some((g) => words(g.tag).includes(w)));
if (unmatched.length) console.log(`\ntag rules not in tags.csv: ${unmatched.join(", ")}`);
if (idleWords.length) console.log(`\nword rules matching no general tag: ${idleWords.join(", ")}`);
if (badLines.length) {
  console.log(`\nmalformed lines:\n  ${badLines.join("\n  ")}`);
  process.exit(1);
}
