"use client";

import { useCallback, useEffect, useState } from "react";
import type { UserSummary } from "@/lib/auth/users.server";
import { callApi, errorText } from "../api-client";
import { useLocale } from "../i18n/use-locale";
import { teamText } from "./team-text";

const field = "rounded-md border border-stone-300 bg-transparent px-2 py-1 text-sm outline-none focus:ring-2 focus:ring-indigo-500/50 dark:border-stone-700";
const button = "rounded-md border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800";

/** Team mode, admins: the members, adding one, resetting a password, roles, disabling and render limits. */
export function TeamMembers({ me }: { me: string }) {
  const { locale } = useLocale();
  const t = teamText[locale];
  const [users, setUsers] = useState<UserSummary[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [draft, setDraft] = useState({ email: "", name: "", password: "", role: "member" as "admin" | "member" });

  const load = useCallback(() => callApi<{ users: UserSummary[] }>("/api/admin/users").then((r) => setUsers(r.users), setError), []);
  useEffect(() => void load(), [load]);

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await load();
    } catch (e) {
      setError(e);
    }
  };
  const change = (user: UserSummary, body: Record<string, unknown>) => act(() => callApi(`/api/admin/users/${user.id}`, { method: "PATCH", body }));
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    void act(async () => {
      await callApi("/api/admin/users", { body: draft });
      setDraft({ email: "", name: "", password: "", role: "member" });
    });
  };
  const reset = (user: UserSummary) => {
    const password = window.prompt(`${t.newPasswordPrompt} ${user.email}`);
    if (password) void change(user, { password });
  };
  const limit = (value: string) => (value.trim() === "" ? null : Math.max(0, Math.floor(Number(value)) || 0));

  return (
    <section aria-labelledby="team-members" className="mx-auto mt-6 max-w-3xl space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 id="team-members" className="text-base font-semibold">{t.users}</h2>
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-stone-500">
          <tr><th>{t.email}</th><th>{t.role}</th><th>{t.maxWaiting}</th><th>{t.perHour}</th><th /></tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={`border-t border-stone-100 dark:border-stone-800 ${user.disabled ? "opacity-60" : ""}`}>
              <td className="py-1.5">{user.name ? `${user.name} · ` : ""}{user.email}{user.id === me ? t.you : ""}{user.disabled ? ` (${t.disabled})` : ""}</td>
              <td>
                <select aria-label={`${t.role}: ${user.email}`} value={user.role} onChange={(e) => void change(user, { role: e.target.value })} className={field}>
                  <option value="member">{t.member}</option>
                  <option value="admin">{t.admin}</option>
                </select>
              </td>
              {(["maxWaitingJobs", "imagesPerHour"] as const).map((key) => (
                <td key={key}>
                  <input aria-label={`${key === "maxWaitingJobs" ? t.maxWaiting : t.perHour}: ${user.email}`} inputMode="numeric" placeholder={t.teamDefault}
                    defaultValue={user[key] ?? ""} onBlur={(e) => limit(e.target.value) !== user[key] && void change(user, { [key]: limit(e.target.value) })} className={`${field} w-24`} />
                </td>
              ))}
              <td className="space-x-1 whitespace-nowrap text-right">
                <button type="button" className={button} onClick={() => reset(user)}>{t.resetPassword}</button>
                <button type="button" className={button} onClick={() => void change(user, { disabled: !user.disabled })}>{user.disabled ? t.enable : t.disable}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={add} className="flex flex-wrap items-end gap-2 border-t border-stone-100 pt-3 dark:border-stone-800" aria-label={t.addUser}>
        <label className="flex flex-col text-xs">{t.email}<input type="email" required value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} className={field} /></label>
        <label className="flex flex-col text-xs">{t.name}<input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} className={field} /></label>
        <label className="flex flex-col text-xs">{t.initialPassword}<input type="password" autoComplete="new-password" required minLength={10} value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} className={field} /></label>
        <label className="flex flex-col text-xs">{t.role}
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as "admin" | "member" })} className={field}>
            <option value="member">{t.member}</option>
            <option value="admin">{t.admin}</option>
          </select>
        </label>
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm text-white hover:bg-indigo-700">{t.add}</button>
      </form>
      {error ? <p role="alert" className="text-sm text-red-600">{errorText(error, locale)}</p> : null}
    </section>
  );
}
