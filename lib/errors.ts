/** The expected failures of the app; anything else is a bug and answers 500. */
export type AppErrorCode = "invalid_input" | "unauthorized" | "forbidden" | "not_found" | "payload_too_large" | "model_unavailable" | "llm_unavailable" | "llm_failed" | "render_failed" | "busy" | "conflict" | "rate_limited";

const STATUS: Record<AppErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  model_unavailable: 503,
  llm_unavailable: 503,
  llm_failed: 502,
  render_failed: 502,
  busy: 429,
  conflict: 409,
  rate_limited: 429,
};

/** An expected failure with a code, an HTTP status and a message fit to show the user (English and Chinese). */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly messageZh: string = message,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}
