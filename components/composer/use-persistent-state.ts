"use client";

import { useEffect, useState } from "react";

/** State mirrored to localStorage, so what the user typed survives a reload. */
export function usePersistentState(key: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(initial);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const saved = localStorage.getItem(key);
    if (saved !== null) setValue(saved);
    setLoaded(true);
  }, [key]);
  useEffect(() => {
    if (!loaded) return;
    try {
      localStorage.setItem(key, value);
    } catch {
      // Storage full or disabled: the text stays in the page.
    }
  }, [key, value, loaded]);
  return [value, setValue];
}
