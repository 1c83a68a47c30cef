import type { Metadata } from "next";
import { LlmSettingsForm } from "@/components/llm-settings/llm-settings-form";

export const metadata: Metadata = { title: "LLM settings · Prompt Studio" };

export default function SettingsPage() {
  return <LlmSettingsForm />;
}
