import "server-only";
import { hash, verify } from "@node-rs/argon2";

/** An Argon2id hash of a password (OWASP's recommended parameters are the library's defaults). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Whether `password` matches an Argon2 `hashed` value; a malformed hash is a mismatch. */
export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  return verify(hashed, password).catch(() => false);
}

let operator: { secret: string; hash: Promise<string> } | null = null;

/**
 * Whether a sign-in attempt matches the operator's access secret: checked against an Argon2id hash made once per
 * process, so the comparison takes constant time and every guess costs the guesser tens of milliseconds.
 */
export async function verifyOperatorSecret(attempt: string, secret: string): Promise<boolean> {
  if (operator?.secret !== secret) operator = { secret, hash: hashPassword(secret) };
  return verifyPassword(await operator.hash, attempt);
}
