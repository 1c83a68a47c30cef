/** Types of find-browser.mjs for the TypeScript tests and the bench. */
export interface BrowserSpec { executablePath?: string; channel?: string; label: string }
export const BROWSER_ARGS: string[];
export const NO_BROWSER_MESSAGE: string;
export function systemChromiumPaths(platform: string, env: Record<string, string | undefined>): string[];
export function findBrowser(options?: {
  env?: Record<string, string | undefined>;
  platform?: string;
  exists?: (file: string) => boolean;
  probe?: (options: { channel?: string }) => Promise<boolean>;
}): Promise<BrowserSpec | null>;
export function launchOptions(spec: BrowserSpec): { executablePath?: string; channel?: string; headless: true; args: string[] };
