#!/usr/bin/env node
// Merges new entries written elsewhere (JSON Lines, the data files' schema) into dictionaries/<category>.jsonl:
// an entry whose tag (or one of whose English aliases) exists is folded into it as aliases; a new one is appended to
// its category's file. One-character Chinese keys are dropped (see single-char-keys.tsv); a Chinese alias another
// entry already uses is dropped; a name two entries share gets a zh-priority.tsv line for the more-used tag
// (Danbooru post count). Tags listed in --explicit files are added to explicit.tsv unless a rule already covers them.
// Usage: node scripts/dictionary/merge-staging.mjs new.jsonl [...] [--explicit list.txt ...] [--not-explicit tag,tag]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = path.join(root, "dictionaries");
const HAN = /\p{Script=Han}/u;
const norm = (t) => t.toLowerCase().replace(/_/g, " ").replace(/\s+/g, " ").trim();
const isSingleHan = (s) => [...s.trim()].length === 1 && HAN.test(s);

const args = process.argv.slice(2);
const inputs = [], explicitLists = [];
let notExplicit = new Set();
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--explicit") explicitLists.push(args[++i]);
  else if (args[i] === "--not-explicit") notExplicit = new Set(args[++i].split(",").map(norm));
  else inputs.push(args[i]);
}

const posts = new Map();
for (const line of fs.readFileSync(path.join(dir, "danbooru", "tags.csv"), "utf8").split("\n")) {
  const m = /^(.+?),\d,(\d+)/.exec(line);
  if (m) posts.set(norm(m[1]), Number(m[2]));
}

const files = new Map(); // category → entries
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
  files.set(f.replace(/\.jsonl$/, ""), fs.readFileSync(path.join(dir, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)));
}
const byTag = new Map();
const keyOwners = new Map(); // Chinese key → entries
const addKeys = (e) => [e.zh, ...e.aliases.filter((a) => HAN.test(a))].forEach((k) => { const key = k.trim().toLowerCase(); keyOwners.set(key, [...(keyOwners.get(key) ?? []), e]); });
for (const entries of files.values()) for (const e of entries) { e.aliases ??= []; byTag.set(norm(e.tag), e); addKeys(e); }
for (const entries of files.values()) for (const e of entries) for (const a of e.aliases) if (!HAN.test(a) && !byTag.has(norm(a))) byTag.set(norm(a), e);

const stats = { appended: 0, folded: 0, skipped: 0, aliasesDropped: 0 };
const cleanAliases = (e, aliases) => {
  const have = new Set([norm(e.tag), norm(e.zh), ...e.aliases.map(norm)]);
  const out = [];
  for (const a of aliases) {
    const n = norm(a);
    if (!a.trim() || have.has(n) || isSingleHan(a) || (HAN.test(a) && keyOwners.has(a.trim().toLowerCase())) || (!HAN.test(a) && byTag.has(n) && byTag.get(n) !== e)) {
      stats.aliasesDropped++;
      continue;
    }
    have.add(n);
    out.push(a);
  }
  return out;
};

for (const file of inputs) {
  for (const line of fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim())) {
    const s = JSON.parse(line);
    s.aliases ??= [];
    if (isSingleHan(s.zh)) {
      const better = s.aliases.find((a) => HAN.test(a) && !isSingleHan(a));
      if (!better) { stats.skipped++; continue; }
      s.aliases = s.aliases.filter((a) => a !== better);
      s.zh = better;
    }
    const existing = byTag.get(norm(s.tag)) ?? s.aliases.map((a) => (!HAN.test(a) ? byTag.get(norm(a)) : undefined)).find(Boolean);
    if (existing) {
      const extra = cleanAliases(existing, [s.zh, ...s.aliases]);
      existing.aliases = [...existing.aliases, ...extra].slice(0, 16);
      addKeys({ zh: "", aliases: extra.filter((a) => HAN.test(a)) });
      stats.folded++;
      continue;
    }
    if (!files.has(s.category)) { stats.skipped++; continue; }
    const entry = { tag: s.tag, zh: s.zh, aliases: [], category: s.category, sub: s.sub, pop: s.pop, ...(s.note ? { note: s.note } : {}) };
    entry.aliases = cleanAliases(entry, s.aliases).slice(0, 16);
    files.get(s.category).push(entry);
    byTag.set(norm(entry.tag), entry);
    addKeys(entry);
    stats.appended++;
  }
}
for (const [category, entries] of files) fs.writeFileSync(path.join(dir, `${category}.jsonl`), entries.map((e) => JSON.stringify(e)).join("\n") + "\n");

// Shared names: the priority file names the more-used tag (a primary name beats an alias).
const priorityFile = path.join(dir, "zh-priority.tsv");
const priorityText = fs.readFileSync(priorityFile, "utf8");
const stated = new Set(priorityText.split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t")[0].trim().toLowerCase()));
const added = [];
for (const [key, owners] of keyOwners) {
  const distinct = [...new Set(owners.filter((o) => o.tag))];
  if (distinct.length < 2 || stated.has(key)) continue;
  const score = (e) => (e.zh.trim().toLowerCase() === key ? 1e12 : 0) + (posts.get(norm(e.tag)) ?? e.pop * 1000);
  added.push(`${key}\t${distinct.sort((a, b) => score(b) - score(a))[0].tag}`);
}
if (added.length) fs.writeFileSync(priorityFile, priorityText.trimEnd() + "\n# Settled when new entries were merged: the entry whose own name it is, then the one with more Danbooru posts.\n" + added.join("\n") + "\n");

// Explicit tags from the writers' lists that no rule covers yet.
const explicitFile = path.join(dir, "explicit.tsv");
const explicitText = fs.readFileSync(explicitFile, "utf8");
const rules = explicitText.split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));
const words = new Set(rules.filter(([k]) => k === "word").map(([, w]) => norm(w)));
const tags = new Set(rules.filter(([k]) => k === "tag").map(([, t]) => norm(t)));
const newExplicit = [];
for (const list of explicitLists) for (const raw of fs.readFileSync(list, "utf8").split("\n").map((l) => l.trim()).filter(Boolean)) {
  const n = norm(raw);
  if (tags.has(n) || notExplicit.has(n) || n.split(/[\s()]+/).some((w) => words.has(w))) continue;
  tags.add(n);
  newExplicit.push(`tag\t${raw}`);
}
if (newExplicit.length) fs.writeFileSync(explicitFile, explicitText.trimEnd() + "\n" + newExplicit.join("\n") + "\n");
console.log(JSON.stringify({ ...stats, priorities: added.length, explicit: newExplicit.length }));
