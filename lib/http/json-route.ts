import type { z } from "zod";
import { AppError } from "../errors";
import { issuesSummaryZh } from "../validation/zod-issues-zh";
import { findLoneSurrogate } from "./lone-surrogate";
import { MAX_JSON_BODY_BYTES, readBodyLimited } from "./read-body";

/** The body of every error answer: a code, a message in each language, and what was wrong where relevant. */
export interface ErrorBody {
  error: { code: string; message: string; messageZh: string; issues?: Array<{ path: string; message: string }> };
}

/**
 * Wraps a JSON route handler: reads the body (counted as it arrives: 413 past `maxBytes`) or, with `from: "query"`,
 * the URL's query; refuses a lone UTF-16 surrogate anywhere in it (400 with where); validates it with `schema`;
 * runs `handle`; and is the one place where errors become HTTP answers (validation → 400 with the issues, AppError →
 * its status, anything else → 500).
 */
export function jsonRoute<S extends z.ZodType, R, C = unknown>(
  schema: S,
  handle: (input: z.infer<S>, request: Request, context: C) => Promise<R> | R,
  options: { from?: "body" | "query"; /** The largest body accepted (default 1 MB). */ maxBytes?: number } = {},
) {
  return async (request: Request, context?: C): Promise<Response> => {
    try {
      const raw = options.from === "query" ? Object.fromEntries(new URL(request.url).searchParams) : await readJson(request, options.maxBytes ?? MAX_JSON_BODY_BYTES);
      const broken = findLoneSurrogate(raw);
      if (broken) {
        const where = `${broken.path}: broken character ${broken.code} (half of an emoji?) at character ${broken.index + 1}`;
        const whereZh = `${broken.path}：第 ${broken.index + 1} 个字符是残缺字符 ${broken.code}（半个表情符号？）`;
        return errorResponse(400, "invalid_input", `Invalid request: ${where}`, `请求无效：${whereZh}`, [{ path: broken.path, message: where }]);
      }
      const input = schema.safeParse(raw);
      if (!input.success) {
        const issues = input.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
        const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
        return errorResponse(400, "invalid_input", `Invalid request: ${summary}`, `请求无效：${issuesSummaryZh(input.error.issues)}`, issues);
      }
      const result = await handle(input.data, request, context as C);
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorToResponse(error);
    }
  };
}

/** Runs a handler that answers with its own Response (files, images), mapping errors the same way. */
export function rawRoute<C = unknown>(handle: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context?: C): Promise<Response> => {
    try {
      return await handle(request, context as C);
    } catch (error) {
      return errorToResponse(error);
    }
  };
}

/** Maps any thrown value to an HTTP answer; unexpected errors are logged and answered generically. */
export function errorToResponse(error: unknown): Response {
  if (error instanceof AppError) return errorResponse(error.status, error.code, error.message, error.messageZh);
  console.error("[api] unexpected error", error);
  return errorResponse(500, "internal", "Something went wrong on the server. Your text is safe; please try again.", "服务器出错了。你输入的内容没有丢失，请重试。");
}

function errorResponse(status: number, code: string, message: string, messageZh: string, issues?: ErrorBody["error"]["issues"]) {
  const body: ErrorBody = { error: { code, message, messageZh, ...(issues ? { issues } : {}) } };
  return Response.json(body, { status });
}

async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const text = new TextDecoder().decode(await readBodyLimited(request, maxBytes));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.", "请求体不是有效的 JSON。");
  }
}
