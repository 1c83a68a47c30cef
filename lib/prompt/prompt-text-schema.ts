import { z } from "zod";
import { lineColumn } from "./diagnostics";
import { findDeepNesting } from "./nesting";
import { PROMPT_LIMITS } from "./prompt-limits";

const L = PROMPT_LIMITS;

/**
 * A prompt as the API accepts it: at most 20,000 characters and brackets nested at most 256 deep, else a 400 that
 * says where. (Lone surrogates are refused for every route by the JSON reader.)
 * @example promptTextSchema.safeParse("(".repeat(300)).error.issues[0].message // "brackets nested more than 256 deep at character 257 (line 1, column 257)"
 */
export const promptTextSchema = z
  .string()
  .max(L.maxChars, `longer than ${L.maxChars.toLocaleString("en")} characters`)
  .superRefine((text, ctx) => {
    const at = findDeepNesting(text);
    if (at === null) return;
    const { line, column } = lineColumn(text, at);
    ctx.addIssue({ code: "custom", message: `brackets nested more than ${L.maxNesting} deep at character ${at + 1} (line ${line}, column ${column})` });
  });

/** Sampling steps in A1111's range (1–150), 20 when left out. */
export const stepsSchema = z
  .number()
  .int("steps must be a whole number")
  .min(L.minSteps, `steps must be between ${L.minSteps} and ${L.maxSteps}`)
  .max(L.maxSteps, `steps must be between ${L.minSteps} and ${L.maxSteps}`)
  .default(20);
