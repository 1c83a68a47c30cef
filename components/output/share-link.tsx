"use client";

import { useState } from "react";
import type { Messages } from "../i18n/messages";

/** A card's share link as a full address (select it, open it, or copy it with one click). */
export function ShareLink({ slug, t }: { slug: string; t: Messages }) {
  const [copied, setCopied] = useState<"" | "ok" | "failed">("");
  const href = new URL(`/c/${encodeURIComponent(slug)}`, window.location.href).href;
  const copy = () => navigator.clipboard.writeText(href).then(() => setCopied("ok"), () => setCopied("failed"));
  return (
    <span className="flex flex-wrap items-center gap-1">
      <input readOnly aria-label={t.shareLink} value={href} onFocus={(e) => e.currentTarget.select()}
        className="min-w-0 flex-1 rounded border border-stone-300 bg-transparent px-1.5 py-0.5 font-mono text-[11px] dark:border-stone-700" />
      <button type="button" onClick={() => void copy()}
        className="rounded-md border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
        {t.copyLink}
      </button>
      <a href={href} className="text-xs text-indigo-600 underline">↗</a>
      {copied === "ok" ? <span className="text-xs text-emerald-600">{t.copied} ✓</span> : null}
      {copied === "failed" ? <span role="alert" className="text-xs text-red-600">{t.copyFailed}</span> : null}
    </span>
  );
}
