// The load client, forked by loadGenerator.ts: autocannon in its own process, so generating the load does not
// take CPU from (or share an event loop with) the process that reads the servers' CPU time.
import autocannon from 'autocannon';
import { answer } from './ipc';
import type { LoadOptions, LoadResult } from './loadGenerator';

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

function run(options: LoadOptions): Promise<LoadResult> {
  // autocannon's own percentiles are whole milliseconds; its response events carry the exact time.
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method,
        headers: options.headers,
        ...(options.body === undefined ? {} : { body: options.body }),
        connections: options.connections,
        pipelining: 1,
        duration: options.durationMs / 1000,
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) {
          reject(error);
          return;
        }
        const sorted = Float64Array.from(latencies).sort();
        resolve({
          requests: latencies.length,
          seconds: result.duration,
          p50: percentile(sorted, 0.5),
          p99: percentile(sorted, 0.99),
          failures: result.errors + result.timeouts + result.non2xx,
        });
      },
    );
    instance.on('response', (_client: unknown, _statusCode: number, _bytes: number, milliseconds: number) => latencies.push(milliseconds));
  });
}

answer({ run: (options) => run(options as LoadOptions) });
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
