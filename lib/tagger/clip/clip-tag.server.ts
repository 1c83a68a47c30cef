import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { tagForPrompt } from "../../dictionary/complete";
import type { GlossContext } from "../gloss-tags";
import type { ImageTag } from "../image-tags";
import { decodeImageRgb } from "../tagger-image.server";
import { clipCandidates } from "./clip-candidates";
import { loadClipEmbedder, type ClipEmbedder } from "./clip-embedder.server";
import { rankByClip, type ClipRankOptions } from "./clip-rank";

// The processor resizes to the model's side (224 for the common CLIPs); decoding bigger than this is wasted work.
const DECODE_SIDE = 1024;

let embedder: { folder: string; loading: Promise<ClipEmbedder> } | null = null;
const textEmbeddings = new Map<string, Promise<Float32Array[]>>();

/** The CLIP embedder for `folder`, loaded on first use (one at a time; a failed load is retried next time). */
export async function useClipEmbedder(folder: string): Promise<ClipEmbedder> {
  const key = path.resolve(folder);
  if (embedder?.folder !== key) {
    embedder = { folder: key, loading: loadClipEmbedder(key) };
    textEmbeddings.clear();
  }
  const loading = embedder.loading;
  return loading.catch((error: unknown) => {
    if (embedder?.loading === loading) embedder = null;
    throw error;
  });
}

/**
 * CLIP zero-shot tags for a photo: ranks the dictionary's tags that a photo can show ({@link clipCandidates}) by
 * similarity to the image and returns the best as chips (score: cosine similarity). The tag texts are embedded once
 * per model and dictionary, on the first request (a minute or so for a real CLIP on a CPU), then reused.
 */
export async function tagImageWithClip(bytes: Uint8Array, folder: string, context: GlossContext, options: ClipRankOptions, injected?: ClipEmbedder): Promise<ImageTag[]> {
  const clip = injected ?? (await useClipEmbedder(folder));
  const candidates = clipCandidates(context.dictionary, context.explicit, context.showExplicit);
  const texts = candidates.map((c) => c.text);
  const key = `${path.resolve(folder)}\0${createHash("sha1").update(texts.join("\n")).digest("hex")}`;
  let embedded = injected ? undefined : textEmbeddings.get(key);
  if (!embedded) {
    embedded = clip.embedTexts(texts);
    if (!injected) textEmbeddings.set(key, embedded);
    embedded.catch(() => textEmbeddings.delete(key));
  }
  const image = await clip.embedImage(await decodeImageRgb(bytes, DECODE_SIDE));
  return rankByClip(image, await embedded, candidates, options).map(({ candidate, score }) => ({
    tag: tagForPrompt(candidate.tag),
    name: candidate.tag,
    zh: candidate.zh,
    score,
    kind: "general",
  }));
}
