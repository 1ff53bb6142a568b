import { describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS, nextAttemptAt, retryDelayMs } from './backoff.js';

describe('the retry schedule', () => {
  it('waits 5 s × 4^n after the n+1-th failure, capped at 10 hours', () => {
    const delays = Array.from({ length: 10 }, (_, index) => retryDelayMs(index + 1, 5_000));
    expect(delays.slice(0, 7)).toEqual([5_000, 20_000, 80_000, 320_000, 1_280_000, 5_120_000, 20_480_000]);
    expect(delays.slice(7)).toEqual([MAX_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS]);
  });

  it('keeps retrying for the whole window, the last attempt at its end, then gives up', () => {
    const policy = { baseMs: 5_000, windowMs: 86_400_000 };
    const first = new Date('2026-01-01T00:00:00Z');
    const attempts = [first];
    let last = first;
    for (let failures = 1; ; failures++) {
      const next = nextAttemptAt(failures, first, last, policy);
      if (!next) break;
      attempts.push(next);
      last = next;
    }
    expect(last.getTime() - first.getTime()).toBe(policy.windowMs);
    // 0 s, 5 s, 25 s, 105 s, … 7.6 h, 17.6 h, then the window's end at 24 h.
    expect(attempts).toHaveLength(10);
    expect(attempts.map((at) => (at.getTime() - first.getTime()) / 1000).slice(0, 4)).toEqual([0, 5, 25, 105]);
  });

  it('gives up at once when the window is over', () => {
    const first = new Date(0);
    expect(nextAttemptAt(3, first, new Date(1_000), { baseMs: 100, windowMs: 1_000 })).toBeNull();
  });
});
