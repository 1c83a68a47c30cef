"use client";

/** Where the "keep Danbooru's underscores" choice is saved (this browser only). */
export const UNDERSCORES_KEY = "ps.completion.underscores";

/** Whether inserted tags keep Danbooru's underscores (spaces by default, as A1111 users write). */
export function keepUnderscores(): boolean {
  try {
    return localStorage.getItem(UNDERSCORES_KEY) === "true";
  } catch {
    return false;
  }
}
