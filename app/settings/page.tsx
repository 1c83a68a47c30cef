import type { Metadata } from "next";
import { ContentSettingsForm } from "@/components/content-settings/content-settings-form";
import { LlmSettingsForm } from "@/components/llm-settings/llm-settings-form";

export const metadata: Metadata = { title: "Settings · Prompt Studio" };

export default function SettingsPage() {
  return (
    <>
      <LlmSettingsForm />
      <ContentSettingsForm />
    </>
  );
}
