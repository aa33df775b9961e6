import { randomUUID } from 'node:crypto';
import { createLogger } from '../logger.js';
import { CounterStore } from '../modules/rate-limits/rate-limit.store.js';
import { Agent } from 'node:http';
import { post, type Sample, type Target } from './load.js';
import { summarize } from './stats.js';

/**
 * Scoring latency against two servers that differ only in rate limiting (off / on), in one open
 * loop at `ratePerSecond` whose requests alternate between them, so load and noise on a shared
 * machine fall on both sides alike. Latency counts from each request's due time.
 */
export async function compareLimiterLatency(
  targets: { off: Target; on: Target },
  ratePerSecond: number,
  seconds: number,
): Promise<{ off: Sample; on: Sample }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const samples = { off: empty(), on: empty() };
  const total = Math.max(2, Math.round(ratePerSecond * seconds));
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  let sent = 0;
  while (sent < total) {
    const due = Math.min(
      total,
      Math.floor(((performance.now() - started) / 1000) * ratePerSecond) + 1,
    );
    for (; sent < due; sent++) {
      const intended = started + (sent / ratePerSecond) * 1000;
      const sample = sent % 2 ? samples.on : samples.off;
      inflight.push(
        post(agent, sent % 2 ? targets.on : targets.off).then(
          (res) => {
            if (res.status === 200 && !res.body.includes('"errors"')) {
              sample.latencies.push(performance.now() - intended);
            } else {
              sample.errors++;
              sample.firstError ??= res.body.slice(0, 300);
            }
          },
          (error: unknown) => {
            sample.errors++;
            sample.firstError ??= String(error);
          },
        ),
      );
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inflight);
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  samples.off.seconds = elapsed;
  samples.on.seconds = elapsed;
  return samples;
}

/**
 * Latency of one counter consumption (what the limiter adds to a request), sequentially on one
 * key whose limit is never reached, straight against the store.
 */
export async function consumeLatency(
  store: { kind: 'pg'; databaseUrl: string } | { kind: 'redis'; redisUrl: string },
  count: number,
): Promise<{ p50Ms: number; p99Ms: number; samples: number }> {
  const counters = new CounterStore({
    ...store,
    keyPrefix: `bench-${randomUUID()}`,
    logger: createLogger('warn', { stderr: true }),
  });
  try {
    const key = 'scoring:LIVE:bench';
    // Let a Redis connection come up: until it does, the in-memory fallback would answer.
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 50; i++) await counters.consume(key, 10_000_000, 1);
    const latencies: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      await counters.consume(key, 10_000_000, 1);
      latencies.push(performance.now() - t0);
    }
    const s = summarize(latencies, 1);
    return { p50Ms: s.p50Ms, p99Ms: s.p99Ms, samples: s.requests };
  } finally {
    await counters.close();
  }
}

function empty(): Sample {
  return { latencies: [], errors: 0, seconds: 0 };
}
