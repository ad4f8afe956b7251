/** Attempts before a mail is marked failed, unless the mailer is told otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 10;

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/**
 * How long to wait after the n-th failed attempt (n ≥ 1): 1 min, 2, 4, 8, 16, 32, then 60 min each.
 *
 * @example retryDelayMs(1) // 60_000
 */
export function retryDelayMs(failedAttempts: number): number {
  const n = Math.max(1, Math.floor(failedAttempts));
  if (n > 7) return LONGEST_RETRY_MS; // 2^6 min already passes the cap; avoids huge exponents
  return Math.min(FIRST_RETRY_MS * 2 ** (n - 1), LONGEST_RETRY_MS);
}
