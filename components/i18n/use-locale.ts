"use client";

import { useCallback, useEffect, useState } from "react";
import { messages, type Locale, type Messages } from "./messages";

const KEY = "ps.locale";

/** The UI language: saved choice, else the browser's language (Chinese unless it prefers something else). */
export function useLocale(): { locale: Locale; t: Messages; toggleLocale: () => void } {
  const [locale, setLocale] = useState<Locale>("zh");
  useEffect(() => {
    const saved = localStorage.getItem(KEY);
    const initial: Locale = saved === "en" || saved === "zh" ? saved : navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en";
    setLocale(initial);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === "zh" ? "zh-CN" : "en";
  }, [locale]);
  const toggleLocale = useCallback(() => {
    setLocale((current) => {
      const next = current === "zh" ? "en" : "zh";
      localStorage.setItem(KEY, next);
      return next;
    });
  }, []);
  return { locale, t: messages[locale] as Messages, toggleLocale };
}
