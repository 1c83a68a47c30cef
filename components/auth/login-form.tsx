"use client";

import { useState } from "react";
import { callApi, errorText } from "../api-client";
import { useLocale } from "../i18n/use-locale";
import { teamText } from "./team-text";

/** How this server signs people in: its access secret, team accounts, or not at all (this machine only). */
export type SignInMode = "secret" | "team" | "off";

// Only a path on this site: "//evil.com" or "/\evil.com" would leave it.
const safeNext = (next: string) => (/^\/(?![/\\])/.test(next) ? next : "/");

/** The sign-in form: the operator's access secret or a team account, then back to the page that asked for it. */
export function LoginForm({ next, mode }: { next: string; mode: SignInMode }) {
  const { locale, t, toggleLocale } = useLocale();
  const team = teamText[locale];
  const [secret, setSecret] = useState("");
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await callApi("/api/auth/login", { body: mode === "team" ? { email, password: secret } : { secret } });
      window.location.assign(safeNext(next));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <main className="mx-auto flex max-w-sm flex-col gap-4 px-4 py-16">
      <header className="flex items-center justify-between">
        <h1 className="text-xl font-bold">{t.appName} · {t.signInTitle}</h1>
        <button type="button" onClick={toggleLocale} className="text-xs text-indigo-600">{t.language}</button>
      </header>
      {mode !== "off" ? (
        <form onSubmit={submit} className="flex flex-col gap-3">
          <p className="text-sm text-stone-600 dark:text-stone-400">{mode === "team" ? team.teamHint : t.signInHint}</p>
          {mode === "team" ? (
            <label className="flex flex-col gap-1 text-sm">
              {team.email}
              <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)}
                className="rounded-md border border-stone-300 bg-transparent px-2 py-1.5 outline-none focus:ring-2 focus:ring-indigo-500/50 dark:border-stone-700" />
            </label>
          ) : null}
          <label className="flex flex-col gap-1 text-sm">
            {mode === "team" ? team.password : t.accessSecret}
            <input type="password" autoComplete="current-password" required value={secret} onChange={(e) => setSecret(e.target.value)}
              className="rounded-md border border-stone-300 bg-transparent px-2 py-1.5 outline-none focus:ring-2 focus:ring-indigo-500/50 dark:border-stone-700" />
          </label>
          <button type="submit" disabled={busy || !secret || (mode === "team" && !email)} className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm text-white hover:bg-indigo-700 disabled:opacity-50">
            {busy ? t.signingIn : t.signIn}
          </button>
          {error ? <p role="alert" className="text-sm text-red-600">{errorText(error, locale)}</p> : null}
        </form>
      ) : (
        <p className="text-sm">{t.signInOff} <a href="/" className="text-indigo-600">→ {t.appName}</a></p>
      )}
    </main>
  );
}
