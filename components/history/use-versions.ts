"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { HistoryItem, VersionSource } from "@/lib/history/version";
import { callApi } from "../api-client";
import { usePersistentJson } from "../composer/use-persistent-state";

/** Idle time after the last edit that ends an edit session (its text is then saved as a version). */
const EDIT_SESSION_MS = 45_000;

type Prompts = { prompt: string; negative: string };
const keyOf = (p: Prompts) => `${p.prompt}\u0000${p.negative}`;

/**
 * The versions of what the user composes: `head` is the version the editors' text descends from, and each save
 * (button, copy, render, card, or the end of an edit session) adds a version made from it. `restored` makes a
 * restored version the head; `linkRenders` ties a render's images to the version that made them.
 */
export function useVersions(current: Prompts) {
  const [head, setHead] = usePersistentJson<number | null>("ps.versionHead", null);
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef({ current, head });
  latest.current = { current, head };
  const saved = useRef<string | null>(null);

  const save = useCallback(async (source: VersionSource): Promise<number | null> => {
    const { current: prompts, head: parent } = latest.current;
    try {
      const item = await callApi<HistoryItem>("/api/history", { body: { ...prompts, parentId: parent ?? undefined, source } });
      saved.current = keyOf(prompts);
      setHead(item.id);
      setRevision((r) => r + 1);
      setError(null);
      return item.id;
    } catch (e) {
      setError(e);
      return null;
    }
  }, [setHead]);

  const dirty = () => latest.current.current.prompt.trim() !== "" && keyOf(latest.current.current) !== saved.current;
  useEffect(() => {
    if (!dirty()) return;
    const timer = setTimeout(() => void save("edit"), EDIT_SESSION_MS);
    return () => clearTimeout(timer);
  }, [current.prompt, current.negative, save]);
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden" && dirty()) void save("edit");
    };
    document.addEventListener("visibilitychange", onHide);
    return () => document.removeEventListener("visibilitychange", onHide);
  }, [save]);

  const restored = useCallback((item: HistoryItem) => {
    saved.current = keyOf(item);
    setHead(item.id);
  }, [setHead]);

  const linkRenders = useCallback((versionId: number, images: Array<{ seed: number; infotext: string; url: string }>) => {
    const renders = images.map(({ seed, infotext, url }) => ({ seed, infotext, url }));
    callApi(`/api/history/${versionId}/renders`, { body: { renders } }).then(() => setRevision((r) => r + 1), setError);
  }, []);

  return { head, revision, error, save, restored, linkRenders };
}
