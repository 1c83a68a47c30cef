import "server-only";
import path from "node:path";
import { closeTagger, openTagger, type LoadedTagger } from "./open-tagger.server";

let current: { folder: string; loading: Promise<LoadedTagger> } | null = null;

/**
 * The open tagger for `folder`, loaded on first use. One tagger stays loaded at a time (the big ones take a gigabyte);
 * asking for another closes the previous one, and a failed load is retried on the next request.
 */
export async function useTagger(folder: string): Promise<LoadedTagger> {
  const key = path.resolve(folder);
  if (current?.folder !== key) {
    const previous = current;
    current = { folder: key, loading: openTagger(key) };
    void previous?.loading.then(closeTagger, () => undefined);
  }
  const loading = current.loading;
  try {
    return await loading;
  } catch (error) {
    if (current?.loading === loading) current = null;
    throw error;
  }
}
