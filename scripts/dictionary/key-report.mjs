#!/usr/bin/env node
// Checks the Chinese keys of the tag dictionary (each entry's `zh` and its Chinese aliases) against the rules files:
//   dictionaries/zh-priority.tsv     a key shared by several entries must name the tag it translates to by default
//   dictionaries/single-char-keys.tsv a one-character key is allowed only for the entry listed there
// Prints (a) shared keys without a valid priority line, (b) single-character keys not in the allow-list,
// (c) stale lines in either file, (d) duplicate tags; exits 1 when anything is found.
// Usage: node scripts/dictionary/key-report.mjs [extra.jsonl ...]   (extra files: staging entries, same schema)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dictDir = path.join(root, "dictionaries");
const HAN = /\p{Script=Han}/u;
const normTag = (t) => t.toLowerCase().replace(/_/g, " ").replace(/\s+/g, " ").trim();
const normKey = (k) => k.trim().toLowerCase();

function readEntries(file) {
  const out = [];
  fs.readFileSync(file, "utf8").split("\n").forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const e = JSON.parse(raw);
      if (typeof e.tag !== "string" || typeof e.zh !== "string") throw new Error("missing tag or zh");
      out.push({ ...e, aliases: Array.isArray(e.aliases) ? e.aliases : [], where: `${path.relative(root, file) || file}:${i + 1}` });
    } catch (error) {
      problems.parse.push(`${file}:${i + 1}: ${error.message}`);
    }
  });
  return out;
}

/** Reads a two-column rules file, skipping blank and `#` lines. */
function readRules(file) {
  if (!fs.existsSync(file)) return [];
  const rows = [];
  fs.readFileSync(file, "utf8").split("\n").forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith("#")) return;
    const cols = raw.split("\t");
    if (cols.length !== 2 || !cols[0].trim() || !cols[1].trim()) problems.stale.push(`${path.basename(file)}:${i + 1}: malformed line ${JSON.stringify(raw)}`);
    else rows.push({ key: normKey(cols[0]), tag: normTag(cols[1]), line: i + 1, raw });
  });
  return rows;
}

const problems = { parse: [], shared: [], single: [], stale: [], dup: [] };
const files = [
  ...fs.readdirSync(dictDir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(dictDir, f)),
  ...process.argv.slice(2).map((f) => path.resolve(f)),
];
const entries = files.flatMap(readEntries);

// key -> Map(normalised tag -> display tag); tag -> where first seen
const keys = new Map();
const seenTag = new Map();
for (const e of entries) {
  const tag = normTag(e.tag);
  if (seenTag.has(tag)) problems.dup.push(`${e.tag}: ${seenTag.get(tag)} and ${e.where}`);
  else seenTag.set(tag, e.where);
  const own = new Set([e.zh, ...e.aliases.filter((a) => typeof a === "string" && HAN.test(a))].map(normKey));
  for (const k of own) {
    if (!keys.has(k)) keys.set(k, new Map());
    keys.get(k).set(tag, e.tag);
  }
}

const priority = readRules(path.join(dictDir, "zh-priority.tsv"));
const allow = readRules(path.join(dictDir, "single-char-keys.tsv"));
const priorityByKey = new Map();
for (const p of priority) {
  if (priorityByKey.has(p.key)) problems.stale.push(`zh-priority.tsv:${p.line}: second line for ${p.key}`);
  else priorityByKey.set(p.key, p);
}
const allowed = new Set(allow.map((a) => `${a.key}\t${a.tag}`));

for (const [key, targets] of keys) {
  if (targets.size > 1) {
    const p = priorityByKey.get(key);
    const list = [...targets.values()].join(" | ");
    if (!p) problems.shared.push(`${key}\t→ ${list}  (no priority line)`);
    else if (!targets.has(p.tag)) problems.shared.push(`${key}\t→ ${list}  (priority names "${p.tag}", not a target)`);
  }
  if ([...key].length === 1) {
    for (const [tag, shown] of targets) if (!allowed.has(`${key}\t${tag}`)) problems.single.push(`${key}\t${shown}`);
  }
}
for (const p of priority) {
  const targets = keys.get(p.key);
  if (!targets) problems.stale.push(`zh-priority.tsv:${p.line}: "${p.key}" is no entry's key`);
  else if (targets.size < 2) problems.stale.push(`zh-priority.tsv:${p.line}: "${p.key}" has one target (${[...targets.values()][0]})`);
  // a priority naming a non-target is reported under (a)
}
for (const a of allow) {
  if ([...a.key].length !== 1 || !HAN.test(a.key)) problems.stale.push(`single-char-keys.tsv:${a.line}: "${a.key}" is not one Chinese character`);
  else if (!keys.get(a.key)?.has(a.tag)) problems.stale.push(`single-char-keys.tsv:${a.line}: no entry "${a.tag}" has the key "${a.key}"`);
}

const sections = [
  ["unreadable lines", problems.parse],
  ["(a) shared keys without a valid priority", problems.shared],
  ["(b) single-character keys not in the allow-list", problems.single],
  ["(c) stale or malformed rules lines", problems.stale],
  ["(d) duplicate tags", problems.dup],
];
let total = 0;
for (const [title, list] of sections) {
  total += list.length;
  if (list.length) console.log(`${title}: ${list.length}\n  ${list.join("\n  ")}\n`);
}
const shared = [...keys.values()].filter((t) => t.size > 1).length;
console.log(`${entries.length} entries from ${files.length} files, ${keys.size} Chinese keys (${shared} shared); ${priority.length} priority lines, ${allow.length} allow-list lines: ${total ? `${total} problem(s)` : "clean"}`);
process.exit(total ? 1 : 0);
