"use client";

import { useCallback, useState } from "react";
import { ApiError } from "../api-client";
import type { TagImageMode, TagImageResult } from "@/lib/tagger/image-tags";

/** What to ask /api/tag-image for. */
export interface TagRequest {
  mode: TagImageMode;
  threshold: number;
  characterThreshold: number;
}

/**
 * Sends an image to /api/tag-image and keeps the answer, with every returned tag selected; `toggle` and `selectAll`
 * change the selection (by prompt form).
 */
export function useImageTags() {
  const [result, setResult] = useState<TagImageResult | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const readTags = useCallback(async (file: File, request: TagRequest) => {
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append("file", file);
      form.append("mode", request.mode);
      form.append("threshold", String(request.threshold));
      form.append("characterThreshold", String(request.characterThreshold));
      const response = await fetch("/api/tag-image", { method: "POST", body: form });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new ApiError(body?.error?.message ?? `HTTP ${response.status}`, body?.error?.messageZh ?? `请求失败（HTTP ${response.status}）`);
      const answer = body as TagImageResult;
      setResult(answer);
      setSelected(new Set(answer.tags.map((t) => t.tag)));
    } catch (e) {
      setResult(null);
      setError(e instanceof ApiError ? e : new ApiError("The server cannot be reached.", "无法连接服务器。"));
    } finally {
      setBusy(false);
    }
  }, []);

  const toggle = useCallback((tag: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(tag)) next.add(tag);
      return next;
    });
  }, []);

  const selectAll = useCallback((all: boolean) => setSelected(new Set(all && result ? result.tags.map((t) => t.tag) : [])), [result]);

  return { result, selected, error, busy, readTags, toggle, selectAll };
}
