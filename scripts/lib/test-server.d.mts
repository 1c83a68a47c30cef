/** Types of test-server.mjs for the TypeScript tests that start a second server. */
export function startTestServer(extraEnv?: Record<string, string>): Promise<{ url: string; env: Record<string, string>; stop: () => void; logFile: string }>;
