import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { getSecurityPolicy } from "@/lib/security/server-policy";

export const metadata: Metadata = { title: "Sign in · Prompt Studio", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

/** /login: the access secret when the operator set one, or a team account; everything else redirects here until then. */
export default async function LoginPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const policy = getSecurityPolicy();
  const mode = policy.secret === null ? "off" : policy.team ? "team" : "secret";
  return <LoginForm next={typeof next === "string" ? next : "/"} mode={mode} />;
}
