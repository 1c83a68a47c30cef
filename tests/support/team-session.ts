// Team mode for route tests: accounts in the test database and signed-in requests, as a browser would send them.
const ORIGIN = "http://127.0.0.1:3000";

/** Turns team mode on for this test process (before anything reads the environment). */
export function useTeamMode(secret = "team-secret-for-tests-0123456789"): void {
  process.env.PROMPT_STUDIO_TEAM = "1";
  process.env.PROMPT_STUDIO_SECRET = secret;
}

/** Signs in through POST /api/auth/login and answers the session's Cookie header value. */
export async function signInAs(email: string, password: string): Promise<string> {
  const { POST } = await import("@/app/api/auth/login/route");
  const res = await POST(new Request(`${ORIGIN}/api/auth/login`, { method: "POST", body: JSON.stringify({ email, password }), headers: { "content-type": "application/json" } }));
  if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  return res.headers.get("set-cookie")!.split(";")[0];
}

/** A request to the app as a signed-in browser (or a signed-out one without `cookie`). */
export function asUser(cookie: string | null, path: string, init: { method?: string; body?: unknown } = {}): Request {
  const headers: Record<string, string> = { host: "127.0.0.1:3000", origin: ORIGIN, "sec-fetch-site": "same-origin" };
  if (cookie) headers.cookie = cookie;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  return new Request(`${ORIGIN}${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}
