"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RenderDoneEvent, RenderEvent, RenderProgressEvent } from "@/lib/render/render-events";
import { ApiError, callApi } from "../api-client";

/** One finished image in the results strip. */
export type RenderedItem = Required<RenderDoneEvent["images"][number]>;

export interface RenderJobState {
  status: "idle" | "queued" | "running" | "done" | "error" | "cancelled";
  position: number;
  progress: RenderProgressEvent | null;
  preview: string | null;
  error: ApiError | null;
}

// The server answers with the job's own "cancelled" event, which the events stream turns into the state.
const deleteJob = (id: string) => callApi(`/api/render/${id}`, { method: "DELETE" }).catch(() => undefined);

const IDLE: RenderJobState = { status: "idle", position: 0, progress: null, preview: null, error: null };
const MAX_RESULTS = 24;

/** Starts renders (POST /api/render), follows their events (SSE), cancels them, and keeps the latest results. */
export function useRenderJob() {
  const [state, setState] = useState<RenderJobState>(IDLE);
  const [results, setResults] = useState<RenderedItem[]>([]);
  const job = useRef<{ id: string; source: EventSource } | null>(null);
  const onDone = useRef<((images: RenderedItem[]) => void) | null>(null);
  // A cancel asked for before the server has named the job (Esc right after Ctrl+Enter) waits for its id.
  const cancelAsked = useRef(false);

  const stopFollowing = useCallback(() => {
    job.current?.source.close();
    job.current = null;
  }, []);
  useEffect(() => stopFollowing, [stopFollowing]);

  const apply = useCallback((event: RenderEvent) => {
    if (event.type === "queued") setState((s) => ({ ...s, status: event.position === 0 ? "running" : "queued", position: event.position }));
    else if (event.type === "progress") setState((s) => ({ ...s, status: "running", progress: event, preview: event.preview ?? s.preview }));
    else if (event.type === "done") {
      stopFollowing();
      const images = event.images.map((i) => ({ ...i, url: i.url ?? "" }));
      onDone.current?.(images);
      setResults((r) => [...images, ...r].slice(0, MAX_RESULTS));
      setState((s) => ({ ...s, status: "done" }));
    } else {
      stopFollowing();
      const cancelled = event.error.code === "cancelled";
      setState((s) => ({ ...s, status: cancelled ? "cancelled" : "error", error: cancelled ? null : new ApiError(event.error.message, event.error.messageZh) }));
    }
  }, [stopFollowing]);

  /** Starts a render; `done` hears its images when it finishes. */
  const start = useCallback(async (body: unknown, done?: (images: RenderedItem[]) => void) => {
    stopFollowing();
    onDone.current = done ?? null;
    setState({ ...IDLE, status: "queued" });
    cancelAsked.current = false;
    try {
      const { jobId, position } = await callApi<{ jobId: string; position: number }>("/api/render", { body });
      setState((s) => ({ ...s, position }));
      const source = new EventSource(`/api/render/${jobId}/events`);
      job.current = { id: jobId, source };
      if (cancelAsked.current) void deleteJob(jobId);
      for (const type of ["queued", "progress", "done", "error"] as const) {
        source.addEventListener(type, (e) => {
          const data = (e as MessageEvent).data;
          if (typeof data === "string") apply(JSON.parse(data) as RenderEvent);
          else if (source.readyState === EventSource.CLOSED) apply({ type: "error", error: { code: "lost", message: "The connection to the server was lost.", messageZh: "与服务器的连接中断了。" } });
        });
      }
    } catch (error) {
      setState({ ...IDLE, status: "error", error: error instanceof ApiError ? error : new ApiError(String(error), String(error)) });
    }
  }, [apply, stopFollowing]);

  const cancel = useCallback(async () => {
    const id = job.current?.id;
    if (id) await deleteJob(id);
    else cancelAsked.current = true;
  }, []);

  const busy = state.status === "queued" || state.status === "running";
  return { ...state, busy, results, start, cancel };
}
