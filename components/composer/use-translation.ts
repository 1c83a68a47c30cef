"use client";

import { useState } from "react";
import type { Translation } from "@/lib/dictionary/translate";
import { callApi } from "../api-client";

/** Runs /api/translate on an editor's text; keeps the unknown fragments of the last run and any error. */
export function useTranslation() {
  const [unknown, setUnknown] = useState<string[]>([]);
  const [llmNote, setLlmNote] = useState<{ message: string; messageZh: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const translate = async (text: string): Promise<string | null> => {
    setBusy(true);
    setError(null);
    try {
      const result = await callApi<Translation & { llm?: { used: boolean; error?: { message: string; messageZh: string } } }>("/api/translate", { body: { text, direction: "zh-en" } });
      setUnknown(result.unknown);
      setLlmNote(result.llm?.error ?? null);
      return result.text;
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { translate, unknown, llmNote, error, busy };
}
