/** What saved a version: the save button, the end of an edit session, a copy, a render or a card save. */
export const VERSION_SOURCES = ["save", "edit", "copy", "render", "card"] as const;
export type VersionSource = (typeof VERSION_SOURCES)[number];

/** An image rendered from a version. */
export interface VersionRender {
  id: number;
  seed: number;
  infotext: string;
  /** Where the render queue serves the image while it keeps it (about 30 minutes); empty when unknown. */
  url: string;
}

/** A saved version of both prompts, with the version it was made from and the renders it made. */
export interface HistoryItem {
  id: number;
  prompt: string;
  negative: string;
  createdAt: string;
  parentId: number | null;
  source: VersionSource;
  renders: VersionRender[];
}
