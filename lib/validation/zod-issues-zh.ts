import { z } from "zod";
import { validationMessageZh } from "./issue-zh";

const zhCN = z.locales.zhCN();

/**
 * One validation issue in Chinese: the app's own messages by their translation, zod's built-in ones by its zh-CN
 * locale (with the field's path in front, as the English summary has it).
 * @example issueZh({ code: "custom", path: ["width"], message: "width must be a multiple of 8", input: 500 }) // "宽度必须是 8 的倍数"
 */
export function issueZh(issue: z.core.$ZodIssue): string {
  const own = validationMessageZh(issue.message);
  if (own) return own;
  const path = issue.path.join(".");
  const zh = zhCN.localeError(issue as never);
  let text = typeof zh === "string" ? zh : (zh?.message ?? issue.message);
  // Issues no longer carry the input: the type it had is only in the English message.
  const received = /received (\w+)/.exec(issue.message)?.[1];
  if (received) text = text.replace("undefined", received);
  return path ? `${path}：${text}` : text;
}

/** Every issue in Chinese, joined as the English summary is ("; " → "；"). */
export function issuesSummaryZh(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map(issueZh).join("；");
}
