// When a failed delivery is tried again: exponential backoff (base × 4^n, capped), within a retry window that
// starts at the message's first attempt; the last retry falls at the window's end, and after it the message fails.

/** The longest wait between two attempts. */
export const MAX_RETRY_DELAY_MS = 10 * 3600_000;

export interface RetryPolicy {
  /** The first wait (5 s by default; tests shorten it). */
  baseMs: number;
  /** How long a message is retried, from its first attempt. */
  windowMs: number;
}

/** The wait after the `failures`-th failed attempt (1 for the first): base, 4 × base, 16 × base, … capped. */
export function retryDelayMs(failures: number, baseMs: number): number {
  return Math.min(baseMs * 4 ** Math.max(0, failures - 1), MAX_RETRY_DELAY_MS);
}

/** When to try again after a failed attempt at `now`, or null when the retry window is over (give up). */
export function nextAttemptAt(failures: number, firstAttemptAt: Date, now: Date, policy: RetryPolicy): Date | null {
  const windowEnd = firstAttemptAt.getTime() + policy.windowMs;
  if (now.getTime() >= windowEnd) return null;
  return new Date(Math.min(now.getTime() + retryDelayMs(failures, policy.baseMs), windowEnd));
}
