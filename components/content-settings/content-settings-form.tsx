"use client";

import { useEffect, useState } from "react";
import { callApi, errorText } from "../api-client";
import { UNDERSCORES_KEY } from "../autocomplete/underscore-setting";
import { useLocale } from "../i18n/use-locale";

/** How tags are written and which are shown: underscores kept (this browser), explicit tags shown (the server). */
export function ContentSettingsForm() {
  const { locale, t } = useLocale();
  const [underscores, setUnderscores] = useState(false);
  const [showExplicit, setShowExplicit] = useState<boolean | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setUnderscores(localStorage.getItem(UNDERSCORES_KEY) === "true");
    callApi<{ showExplicit: boolean }>("/api/settings/content").then((s) => setShowExplicit(s.showExplicit), setError);
  }, []);

  const toggleUnderscores = (value: boolean) => {
    setUnderscores(value);
    try {
      localStorage.setItem(UNDERSCORES_KEY, String(value));
    } catch {
      // Storage disabled: the choice lasts for this page only.
    }
  };
  const toggleExplicit = async (value: boolean) => {
    setError(null);
    try {
      setShowExplicit((await callApi<{ showExplicit: boolean }>("/api/settings/content", { method: "PUT", body: { showExplicit: value } })).showExplicit);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section aria-labelledby="content-settings" className="mx-auto mt-6 max-w-xl space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 id="content-settings" className="text-base font-semibold">{t.tagSettings}</h2>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" checked={underscores} onChange={(e) => toggleUnderscores(e.target.checked)} className="mt-1" />
        <span>{t.keepUnderscores}<span className="block text-xs text-stone-500">{t.keepUnderscoresHint}</span></span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" checked={showExplicit ?? false} disabled={showExplicit === null} onChange={(e) => toggleExplicit(e.target.checked)} className="mt-1" />
        <span>{t.showExplicit}<span className="block text-xs text-stone-500">{t.showExplicitHint}</span></span>
      </label>
      {error ? <p role="alert" className="text-xs text-red-600">{errorText(error, locale)}</p> : null}
    </section>
  );
}
