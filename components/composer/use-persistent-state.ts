"use client";

import { useEffect, useState } from "react";

/** State mirrored to localStorage as JSON, so what the user typed or chose survives a reload. */
export function usePersistentJson<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState(initial);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    try {
      const saved = localStorage.getItem(key);
      if (saved !== null) setValue(JSON.parse(saved) as T);
    } catch {
      // A corrupt saved value is ignored rather than breaking the page.
    }
    setLoaded(true);
  }, [key]);
  useEffect(() => {
    if (!loaded) return;
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the value stays in the page.
    }
  }, [key, value, loaded]);
  return [value, setValue];
}

/** A persistent string (the prompt text). */
export const usePersistentState = (key: string, initial: string) => usePersistentJson<string>(key, initial);
