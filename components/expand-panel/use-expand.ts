"use client";

import { useCallback, useRef, useState } from "react";
import type { ExpandedTag, ExpandEvent, ExpandMode, ExpandResult, Notice } from "@/lib/expander/types";
import { ApiError } from "../api-client";

export interface ExpandState {
  status: "idle" | "running" | "done" | "stopped" | "error";
  source: "llm" | "offline" | null;
  model?: string;
  notice?: Notice;
  /** Tags as they arrive; replaced by the final (or partial) result's. */
  tags: ExpandedTag[];
  result: ExpandResult | null;
  error: ApiError | null;
}

const IDLE: ExpandState = { status: "idle", source: null, tags: [], result: null, error: null };

/** Runs POST /api/expand and follows its NDJSON stream: tags arrive one by one; Stop keeps what arrived. */
export function useExpand() {
  const [state, setState] = useState<ExpandState>(IDLE);
  const controller = useRef<AbortController | null>(null);

  const apply = useCallback((event: ExpandEvent) => setState((s) => {
    switch (event.type) {
      case "start":
        return { ...s, source: event.source, model: event.model, notice: event.notice };
      case "tag":
        return { ...s, tags: [...s.tags, event.tag] };
      case "done":
        return { ...s, status: "done", tags: event.result.tags, result: event.result, notice: event.result.notice ?? s.notice };
      case "error": {
        const partial = event.partial && event.partial.tags.length >= s.tags.length ? event.partial : null;
        return { ...s, status: "error", error: new ApiError(event.error.message, event.error.messageZh), tags: partial?.tags ?? s.tags, result: partial ?? s.result };
      }
    }
  }), []);

  const start = useCallback(async (body: { text: string; mode: ExpandMode; offline?: boolean }) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ ...IDLE, status: "running" });
    try {
      const response = await fetch("/api/expand", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...body, seed: Math.floor(Math.random() * 0xffffffff) }),
        signal: current.signal,
      });
      if (!response.ok || !response.body) {
        const e = (await response.json().catch(() => null))?.error;
        throw new ApiError(e?.message ?? `HTTP ${response.status}`, e?.messageZh ?? `请求失败（HTTP ${response.status}）`);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) if (line.trim()) apply(JSON.parse(line) as ExpandEvent);
      }
      setState((s) => (s.status === "running" ? { ...s, status: "done" } : s));
    } catch (error) {
      if (current.signal.aborted) return setState((s) => ({ ...s, status: "stopped" }));
      const apiError = error instanceof ApiError ? error : new ApiError("The server cannot be reached. Your text is safe.", "无法连接服务器。你的内容没有丢失。");
      setState((s) => ({ ...s, status: "error", error: apiError }));
    }
  }, [apply]);

  const stop = useCallback(() => controller.current?.abort(), []);
  return { ...state, start, stop };
}
