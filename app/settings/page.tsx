import type { Metadata } from "next";
import { headers } from "next/headers";
import { TeamMembers } from "@/components/auth/team-members";
import { ContentSettingsForm } from "@/components/content-settings/content-settings-form";
import { LlmSettingsForm } from "@/components/llm-settings/llm-settings-form";
import { currentUser } from "@/lib/auth/current-user.server";

export const metadata: Metadata = { title: "Settings · Prompt Studio" };

/** /settings: the LLM connection and tag settings; in team mode, for admins, the team's members too. */
export default async function SettingsPage() {
  const user = await currentUser({ headers: await headers() });
  return (
    <>
      <LlmSettingsForm />
      <ContentSettingsForm />
      {user?.role === "admin" ? <TeamMembers me={user.id} /> : null}
    </>
  );
}
