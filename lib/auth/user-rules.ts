import { AppError } from "../errors";

/** What an account may do: admins manage users and team settings and may edit anything; members edit their own. */
export type Role = "admin" | "member";

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 256;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{1,63}$/;

/**
 * An email address as accounts store it (trimmed, lower case); throws a bilingual AppError when it is not one.
 * @example checkEmail("  Ann@Studio.Example ") // "ann@studio.example"
 */
export function checkEmail(input: string): string {
  const email = input.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new AppError("invalid_input", `"${email.slice(0, 80)}" is not an email address.`, `“${email.slice(0, 80)}”不是有效的邮箱地址。`);
  return email;
}

/** Throws a bilingual AppError unless the password is 10 to 256 characters. */
export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("invalid_input", `The password is too short: use ${MIN_PASSWORD_LENGTH} characters or more.`, `密码太短：至少需要 ${MIN_PASSWORD_LENGTH} 个字符。`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new AppError("invalid_input", `The password is too long: ${MAX_PASSWORD_LENGTH} characters at most.`, `密码太长：最多 ${MAX_PASSWORD_LENGTH} 个字符。`);
  }
}
