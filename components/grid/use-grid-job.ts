"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { isFinalGridState, type GridEstimate, type GridState } from "@/lib/grid/grid-state";
import { ApiError, callApi } from "../api-client";

/** Starts a grid (POST /api/grid), follows its states (SSE) as cells finish, and cancels it. */
export function useGridJob() {
  const [state, setState] = useState<GridState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const source = useRef<EventSource | null>(null);
  const stop = useCallback(() => {
    source.current?.close();
    source.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(async (body: unknown) => {
    stop();
    setError(null);
    try {
      const started = await callApi<GridState>("/api/grid", { body });
      setState(started);
      const events = new EventSource(`/api/grid/${started.id}/events`);
      source.current = events;
      events.addEventListener("state", (e) => {
        const next = JSON.parse((e as MessageEvent).data as string) as GridState;
        setState(next);
        if (isFinalGridState(next)) stop();
      });
      events.onerror = () => {
        if (events.readyState !== EventSource.CLOSED) return;
        stop();
        setError(new ApiError("The connection to the server was lost.", "与服务器的连接中断了。"));
      };
    } catch (e) {
      setError(e);
    }
  }, [stop]);

  const cancel = useCallback(async () => {
    if (state) await callApi(`/api/grid/${state.id}`, { method: "DELETE" }).catch(setError);
  }, [state]);

  const busy = state !== null && !isFinalGridState(state);
  return { state, error, busy, start, cancel };
}

/** The images and time a grid would take (POST /api/grid/estimate), asked again a moment after the body changes. */
export function useGridEstimate(body: unknown | null) {
  const [estimate, setEstimate] = useState<GridEstimate | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = body === null ? null : JSON.stringify(body);
  useEffect(() => {
    if (key === null) return setEstimate(null);
    const abort = new AbortController();
    const timer = setTimeout(() => {
      callApi<GridEstimate>("/api/grid/estimate", { body: JSON.parse(key), signal: abort.signal })
        .then((e) => { setEstimate(e); setError(null); }, (e) => { if ((e as Error).name !== "AbortError") { setEstimate(null); setError(e); } });
    }, 250);
    return () => { clearTimeout(timer); abort.abort(); };
  }, [key]);
  return { estimate, error };
}
