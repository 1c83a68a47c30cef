/**
 * The bounds the prompt API and CLI work within, so that one request costs a bounded amount of time and memory:
 * - `maxChars`: characters of a prompt sent to analyze, convert, format, translate or render (A1111 users rarely pass 2,000);
 * - `minSteps`–`maxSteps`: the sampling steps schedules are resolved at (A1111's slider range);
 * - `maxNesting`: brackets nested deeper than this are read as text, with a diagnostic (A1111's parser fails on them);
 * - `maxScheduleChars`: the text of all schedule variants of one analysis (steps × prompt length), so its answer stays small.
 */
export const PROMPT_LIMITS = {
  maxChars: 20_000,
  minSteps: 1,
  maxSteps: 150,
  maxNesting: 256,
  maxScheduleChars: 500_000,
} as const;
