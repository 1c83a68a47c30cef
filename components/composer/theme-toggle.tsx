"use client";

import { useEffect, useState } from "react";
import type { Messages } from "../i18n/messages";

/** Switches between light and dark, remembered across visits. */
export function ThemeToggle({ t }: { t: Messages }) {
  const [dark, setDark] = useState(false);
  useEffect(() => setDark(document.documentElement.classList.contains("dark")), []);
  const toggle = () => {
    const next = !dark;
    document.documentElement.classList.toggle("dark", next);
    localStorage.setItem("ps.theme", next ? "dark" : "light");
    setDark(next);
  };
  return (
    <button type="button" onClick={toggle} className="rounded-md border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
      {dark ? t.themeLight : t.themeDark}
    </button>
  );
}
