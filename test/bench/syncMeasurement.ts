// One measured sync run: wall time, this process's CPU (the gateway's: the provider fake runs in its own process,
// PGlite in this one as in the gateway's), the fake's CPU and the requests it answered.
import type { FakeProcess } from './fakeProcess';

export interface SyncMeasurement<Result> {
  result: Result;
  seconds: number;
  gatewayCpuMs: number;
  fakeCpuMs: number;
  upstreamRequests: number;
}

export async function measureSyncRun<Result>(fake: FakeProcess<unknown>, run: () => Promise<Result>): Promise<SyncMeasurement<Result>> {
  await fake.resetCounters();
  const fakeBefore = await fake.cpuMicros();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const fakeCpu = (await fake.cpuMicros()) - fakeBefore;
  return {
    result,
    seconds,
    gatewayCpuMs: (cpu.user + cpu.system) / 1000,
    fakeCpuMs: fakeCpu / 1000,
    upstreamRequests: await fake.count(),
  };
}

/** `documents` is what the figures are per: the whole selection, confirmed current by a warm run too. */
export function syncLine(label: string, documents: number, measured: SyncMeasurement<unknown>, detail: string): string {
  const per = (value: number, digits: number) => (value / documents).toFixed(digits).padStart(digits + 3);
  return [
    `  ${label.padEnd(12)}`,
    `${(documents / measured.seconds).toFixed(0).padStart(6)} documents/s`,
    `gateway CPU ${per(measured.gatewayCpuMs, 3)} ms/doc`,
    `fake CPU ${per(measured.fakeCpuMs, 3)} ms/doc`,
    `upstream ${per(measured.upstreamRequests, 3)} req/doc`,
    `(${documents} documents in ${measured.seconds.toFixed(2)} s; ${detail})`,
  ].join('   ');
}
