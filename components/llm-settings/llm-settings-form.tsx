"use client";

import { useEffect, useState } from "react";
import type { LlmSettingsView } from "@/lib/expander/llm-config";
import { findPreset, LLM_PRESETS } from "@/lib/expander/presets";
import { callApi, errorText } from "../api-client";
import { useLocale } from "../i18n/use-locale";
import { LlmStatus, type LlmCheckState } from "./llm-status";

const inputClass = "w-full rounded-md border border-stone-300 bg-transparent px-2 py-1.5 text-sm outline-none focus:ring-2 focus:ring-indigo-500/50 dark:border-stone-700";
const buttonClass = "rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800";

/**
 * The LLM connection of the expander: a service preset, base URL, model and API key (shown only masked), saved on the
 * server, and a connection test (one minimal call made by the server) whose real outcome the status line shows.
 */
export function LlmSettingsForm() {
  const { locale, t, toggleLocale } = useLocale();
  const [view, setView] = useState<LlmSettingsView | null>(null);
  const [form, setFormState] = useState({ baseUrl: "", model: "", apiKey: "", clearKey: false });
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");
  const [error, setError] = useState<unknown>(null);
  const [check, setCheck] = useState<LlmCheckState>({ state: "untested" });
  // Any change makes an earlier test result stale.
  const setForm: typeof setFormState = (next) => {
    setFormState(next);
    setCheck({ state: "untested" });
  };

  const show = (v: LlmSettingsView) => {
    setView(v);
    setFormState({ baseUrl: v.baseUrl, model: v.model, apiKey: "", clearKey: false });
    setCheck({ state: "untested" });
  };
  useEffect(() => {
    callApi<LlmSettingsView>("/api/settings/llm").then(show, setError);
  }, []);

  const preset = findPreset(form.baseUrl);
  const choosePreset = (id: string) => {
    const p = LLM_PRESETS.find((x) => x.id === id);
    if (p) setForm((f) => ({ ...f, baseUrl: p.baseUrl, model: p.model }));
  };
  const save = async () => {
    setStatus("saving");
    setError(null);
    const apiKey = form.apiKey.trim() ? { apiKey: form.apiKey.trim() } : form.clearKey ? { apiKey: "" } : {};
    try {
      show(await callApi<LlmSettingsView>("/api/settings/llm", { method: "PUT", body: { baseUrl: form.baseUrl, model: form.model, ...apiKey } }));
      setStatus("saved");
      return true;
    } catch (e) {
      setError(e);
      setStatus("idle");
      return false;
    }
  };
  const dirty = !!view && (form.baseUrl !== view.baseUrl || form.model !== view.model || form.apiKey.trim() !== "" || form.clearKey);
  // Tests what is saved (the server makes the call with the key it keeps), saving the form first if it changed.
  const test = async () => {
    if (dirty && !(await save())) return;
    setCheck({ state: "testing" });
    try {
      setCheck({ state: "ok", ...(await callApi<{ model: string; baseUrl: string; ms: number }>("/api/settings/llm/test", { body: {} })) });
    } catch (e) {
      setCheck({ state: "failed", error: e });
    }
  };
  const env = (field: "baseUrl" | "model" | "apiKey") => (view?.sources[field] === "env" ? t.llmFromEnv : "");

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 px-3 py-6 sm:px-6">
      <header className="flex items-center justify-between gap-2">
        <h1 className="text-lg font-bold tracking-tight">{t.llmSettingsTitle}</h1>
        <nav className="flex gap-2 text-xs">
          <a href="/" className="text-indigo-600 hover:underline">{t.llmBack}</a>
          <button type="button" onClick={toggleLocale} className="text-indigo-600 hover:underline">{t.language}</button>
        </nav>
      </header>
      <LlmStatus view={view} check={check} locale={locale} t={t} />
      <form className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <label className="flex flex-col gap-1 text-sm">{t.llmPreset}
          <select value={preset?.id ?? ""} onChange={(e) => choosePreset(e.target.value)} className={inputClass}>
            <option value="">{t.llmCustom}</option>
            {LLM_PRESETS.map((p) => <option key={p.id} value={p.id}>{locale === "zh" ? p.nameZh : p.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">{t.llmBaseUrl}{env("baseUrl")}
          <input value={form.baseUrl} onChange={(e) => setForm({ ...form, baseUrl: e.target.value })} placeholder={LLM_PRESETS[0].baseUrl} className={inputClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm">{t.llmModel}{env("model")}
          <input value={form.model} onChange={(e) => setForm({ ...form, model: e.target.value })} placeholder={preset?.model ?? "gpt-4o-mini"} className={inputClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm">{t.llmApiKey}{env("apiKey")}
          <input type="password" autoComplete="off" value={form.apiKey} onChange={(e) => setForm({ ...form, apiKey: e.target.value })} placeholder={view?.apiKeyMasked || "sk-…"} className={inputClass} />
          <span className="text-xs text-stone-500">{t.llmKeyHint}</span>
        </label>
        {view?.sources.apiKey === "saved" ? (
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" checked={form.clearKey} onChange={(e) => setForm({ ...form, clearKey: e.target.checked })} />
            {t.llmClearKey}
          </label>
        ) : null}
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClass} disabled={status === "saving"}>{t.llmSave}</button>
          <button type="button" className={buttonClass} disabled={status === "saving" || check.state === "testing"} onClick={() => void test()}>{t.llmTest}</button>
          {status === "saved" ? <span className="text-xs text-emerald-600">{t.llmSaved}</span> : null}
          {error ? <span role="alert" className="text-xs text-red-600">{errorText(error, locale)}</span> : null}
        </div>
      </form>
    </div>
  );
}
