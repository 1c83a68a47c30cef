import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { getSecurityPolicy } from "@/lib/security/server-policy";

export const metadata: Metadata = { title: "Sign in · Prompt Studio", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

/** /login: the access secret, when the operator set one; everything else redirects here until it is entered. */
export default async function LoginPage({ searchParams }: Props) {
  const { next } = await searchParams;
  return <LoginForm next={typeof next === "string" ? next : "/"} enabled={getSecurityPolicy().secret !== null} />;
}
