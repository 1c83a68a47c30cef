import "server-only";
import type { ClipEmbedder } from "./clip/clip-embedder.server";
import { DEFAULT_CLIP_RANK, type ClipRankOptions } from "./clip/clip-rank";
import { tagImageWithClip } from "./clip/clip-tag.server";
import { loadGlossContext } from "./gloss-context.server";
import { glossRatings, glossTags, type GlossContext } from "./gloss-tags";
import type { TagImageMode, TagImageResult } from "./image-tags";
import { runTagger } from "./open-tagger.server";
import { resolveReaderModel } from "./reader-model.server";
import { DEFAULT_TAG_THRESHOLDS, selectTags, type TagThresholds } from "./select-tags";
import { useTagger } from "./tagger-cache.server";
import { prepareTaggerInput } from "./tagger-image.server";

/** What to read an image with; everything has a default. */
export interface TagImageOptions {
  mode?: TagImageMode;
  /** A registered model id (or, with `folders`, a folder); null or absent: the latest model of the mode's kind. */
  model?: string | null;
  /** Allow folders on disk as `model` (the command line, not the web API). */
  folders?: boolean;
  thresholds?: Partial<TagThresholds>;
  clip?: Partial<ClipRankOptions>;
  /** For tests: the dictionary and settings, and a CLIP embedder, instead of the app's. */
  context?: GlossContext;
  embedder?: ClipEmbedder;
}

/**
 * Tags from an image: a WD-style tagger's Danbooru tags over their thresholds (ratings apart), or in "clip" mode the
 * dictionary's tags CLIP finds closest to a photo; each glossed in Chinese and in prompt form, explicit ones only when
 * the user shows them. AppError("model_unavailable") says how to get a model when none is installed.
 */
export async function tagImage(bytes: Uint8Array, options: TagImageOptions = {}): Promise<TagImageResult> {
  const mode = options.mode ?? "tagger";
  const model = await resolveReaderModel(mode, options.model ?? null, { folders: options.folders ?? false });
  if (mode === "clip") {
    const context = options.context ?? (await loadGlossContext());
    const rank = { top: options.clip?.top ?? DEFAULT_CLIP_RANK.top, perCategory: options.clip?.perCategory ?? DEFAULT_CLIP_RANK.perCategory };
    const tags = await tagImageWithClip(bytes, model.folder, context, rank, options.embedder);
    return { mode, model: model.id, tags, ratings: [], hiddenExplicit: 0 };
  }
  const tagger = await useTagger(model.folder);
  const scores = await runTagger(tagger, await prepareTaggerInput(bytes, tagger.io.size, tagger.io.layout));
  const thresholds = { general: options.thresholds?.general ?? DEFAULT_TAG_THRESHOLDS.general, character: options.thresholds?.character ?? DEFAULT_TAG_THRESHOLDS.character };
  const selected = selectTags(scores, tagger.labels, thresholds);
  const { tags, hiddenExplicit } = glossTags(selected.tags, options.context ?? (await loadGlossContext()));
  return { mode, model: model.id, tags, ratings: glossRatings(selected.ratings), hiddenExplicit };
}
