// Failed API-key attempts are counted per client address; past the limit, that address gets 429 until its window
// ends, before any key is looked up. Keys carry 256 random bits, so this is not about guessing one: it keeps a
// client that hammers the gateway with bad keys from costing a database lookup per request. Counted per process.
import { LRUCache } from 'lru-cache';

interface Window {
  failures: number;
  endsAt: number;
}

export class AuthFailureLimiter {
  // Bounded: an attacker cycling through addresses evicts old windows instead of growing the map.
  private readonly windows = new LRUCache<string, Window>({ max: 50_000 });

  /** `limit` failures per `windowMs` per address; a limit of 0 turns the limiter off. */
  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
  ) {}

  /** Seconds until the address may try again, or 0 when it may now. */
  retryAfterSeconds(address: string, now = Date.now()): number {
    if (this.limit === 0) return 0;
    const window = this.windows.get(address);
    if (!window || window.endsAt <= now || window.failures < this.limit) return 0;
    return Math.max(1, Math.ceil((window.endsAt - now) / 1000));
  }

  recordFailure(address: string, now = Date.now()): void {
    if (this.limit === 0) return;
    const window = this.windows.get(address);
    if (!window || window.endsAt <= now) this.windows.set(address, { failures: 1, endsAt: now + this.windowMs });
    else window.failures += 1;
  }
}
