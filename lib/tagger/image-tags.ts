import type { TagKind } from "./tagger-labels";

/** A tag read from an image, ready to become a chip. */
export interface ImageTag {
  /** As it goes into a prompt: spaces for underscores (kaomoji kept), parentheses escaped: "saber \\(fate\\)". */
  tag: string;
  /** The source's own name: Danbooru's underscored tag, or the dictionary's tag in CLIP mode. */
  name: string;
  /** The dictionary's Chinese name, or null when the dictionary does not know the tag. */
  zh: string | null;
  /** The tagger's confidence 0–1, or in CLIP mode the cosine similarity of image and tag. */
  score: number;
  kind: Exclude<TagKind, "rating">;
}

/** A rating the tagger gave (general, sensitive, questionable, explicit), with its Chinese name. */
export interface ImageRating {
  name: string;
  zh: string;
  score: number;
}

/** How tags were read: a WD-style tagger (anime art) or CLIP ranking of the dictionary (photos). */
export type TagImageMode = "tagger" | "clip";

/** The answer of /api/tag-image and `promptstudio tag-image`. */
export interface TagImageResult {
  mode: TagImageMode;
  /** The registered model's id. */
  model: string;
  tags: ImageTag[];
  /** Empty in CLIP mode. */
  ratings: ImageRating[];
  /** How many explicit tags were left out because the user's content setting hides them. */
  hiddenExplicit: number;
}
