import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import type { Sample } from './load.js';
import { summarize } from './stats.js';

/**
 * The benchmark's figures: how one measured phase is summarised, and the text report printed
 * after a run (the JSON result holds the same figures).
 */

export const round = (n: number) => Math.round(n * 100) / 100;

export function describe<E extends Record<string, unknown>>(sample: Sample, extra: E = {} as E) {
  const s = summarize(sample.latencies, sample.seconds);
  return {
    requests: s.requests,
    throughputPerSecond: s.throughputPerSecond,
    p50Ms: s.p50Ms,
    p90Ms: Math.round(percentileOf(sample.latencies, 90) * 100) / 100,
    p99Ms: s.p99Ms,
    maxMs: s.maxMs,
    errors: sample.errors,
    ...(sample.firstError ? { firstError: sample.firstError } : {}),
    ...extra,
  } as const;
}

export function percentileOf(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

/** One measured phase as {@link describe} summarises it. */
type Phase = ReturnType<typeof describe>;

/** CPU milliseconds per unit of work, in the server and in the load generator. */
interface CpuPerUnit {
  serverMs: number;
  loadGeneratorMs: number;
  machineMs: number;
}

/** The parts of a run's result that the text report prints. */
export interface BenchReport {
  machine: { cpus: number; cpu: string; memoryGiB: number };
  software: { postgres: string; database: string };
  settings: { history: number; batchSize: number; seedEventsPerSecond: number };
  floor: Phase & { cpuPerRequest: CpuPerUnit };
  score: {
    capacity: Phase & { cpuPerScore: CpuPerUnit };
    latencyAtHalfCapacity: Phase & { targetRatePerSecond: number };
  };
  rateLimits: {
    store: string;
    scoreLimiterOff: Phase;
    scoreLimiterOn: Phase;
    consumeMs: Record<string, { p50Ms: number; p99Ms: number; samples: number } | undefined>;
  };
  batch: Phase & { eventsPerSecond: number; cpuPerEvent: CpuPerUnit };
  reviewQueue: {
    subscribers: number;
    caseRate: number;
    capacityWithout: Phase;
    capacityWith: Phase;
    delivery: {
      ratePerSecond: number;
      eventsExpected: number;
      eventsDelivered: number;
      afterResponseMs: { p50: number; p99: number };
      afterRequestMs: { p50: number; p99: number };
    };
  };
  targets: Record<string, { value: number; target: string; met: boolean }>;
}

/** The text report of a run; `failure` names the first failed request, if any. */
export function formatReport(
  r: BenchReport,
  extra: { customers: number; file: string; failure: string | null },
): string {
  const line = (
    name: string,
    d: {
      throughputPerSecond: number;
      p50Ms: number;
      p90Ms: number;
      p99Ms: number;
      maxMs: number;
      errors: number;
    },
  ) =>
    `${name.padEnd(28)} ${String(d.throughputPerSecond).padStart(7)}/s  p50 ${d.p50Ms} ms  p90 ${d.p90Ms} ms  p99 ${d.p99Ms} ms  max ${d.maxMs} ms  errors ${d.errors}`;
  return [
    '',
    `machine   ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGiB} GiB; node ${process.version}; PostgreSQL ${r.software.postgres} (${r.software.database})`,
    `history   ${r.settings.history.toLocaleString('en-US')} events (${extra.customers} customers), seeded at ${r.settings.seedEventsPerSecond}/s`,
    '',
    line('floor (1 INSERT)', r.floor),
    line('scoreTransaction capacity', r.score.capacity),
    line(
      `scoreTransaction @ ${r.score.latencyAtHalfCapacity.targetRatePerSecond}/s`,
      r.score.latencyAtHalfCapacity,
    ),
    line('score, limits off', r.rateLimits.scoreLimiterOff),
    line(`score, limits on (${r.rateLimits.store})`, r.rateLimits.scoreLimiterOn),
    `${'rate-limit consume'.padEnd(28)} ${Object.entries(r.rateLimits.consumeMs)
      .flatMap(([store, c]) => (c ? [`${store} p50 ${c.p50Ms} ms p99 ${c.p99Ms} ms`] : []))
      .join('; ')} (sequential, ${r.rateLimits.consumeMs.postgres?.samples ?? 0} each)`,
    `${'scoreTransactions'.padEnd(28)} ${String(r.batch.eventsPerSecond).padStart(7)} events/s (batches of ${r.settings.batchSize}, p50 ${r.batch.p50Ms} ms per batch)`,
    '',
    line(`review queue, no subscribers`, r.reviewQueue.capacityWithout),
    line(`review queue, ${r.reviewQueue.subscribers} subscribers`, r.reviewQueue.capacityWith),
    `review queue: cases opened on ${Math.round(r.reviewQueue.caseRate * 1000) / 10} % of scores in the capacity runs`,
    `${'case delivery'.padEnd(28)} ${r.reviewQueue.delivery.eventsDelivered}/${r.reviewQueue.delivery.eventsExpected} events (watch-listed e-mails at ${r.reviewQueue.delivery.ratePerSecond}/s); after the response p50 ${r.reviewQueue.delivery.afterResponseMs.p50} ms p99 ${r.reviewQueue.delivery.afterResponseMs.p99} ms; after the request p50 ${r.reviewQueue.delivery.afterRequestMs.p50} ms p99 ${r.reviewQueue.delivery.afterRequestMs.p99} ms`,
    '',
    'CPU ms per request (server / load generator / whole machine):',
    ...(
      [
        ['floor', r.floor.cpuPerRequest],
        ['scoreTransaction', r.score.capacity.cpuPerScore],
        ['scoreTransactions (per event)', r.batch.cpuPerEvent],
      ] as const
    ).map(
      ([name, c]) => `  ${name.padEnd(30)} ${c.serverMs} / ${c.loadGeneratorMs} / ${c.machineMs}`,
    ),
    '',
    ...Object.entries(r.targets).map(
      ([k, t]) => `${t.met ? 'met    ' : 'NOT met'}  ${k} = ${t.value} (target ${t.target})`,
    ),
    ...(extra.failure ? [`FAILED REQUESTS: ${extra.failure}`] : []),
    '',
    `written to ${extra.file}`,
    '',
  ].join('\n');
}

/** The measurements the targets are judged on. */
export interface TargetInputs {
  /** No request failed: a run with failures meets nothing. */
  clean: boolean;
  capacityRate: number;
  floorRate: number;
  latency: Sample;
  latencyStatements: number;
  scored: number;
  limiterCostMs: number;
  batchEvents: number;
  delivery: { delivered: number; expected: number; afterRequest: number[] };
  queueAlone: Sample;
  queueWatched: Sample;
}

/** Each target with its measured value and whether it is met. */
export function targetsOf({
  clean,
  capacityRate,
  floorRate,
  latency,
  latencyStatements,
  scored,
  limiterCostMs,
  batchEvents,
  delivery,
  queueAlone,
  queueWatched,
}: TargetInputs) {
  return {
    capacityVsFloor: {
      value: Number((capacityRate / floorRate).toFixed(2)),
      target: '≥ 0.5',
      met: clean && capacityRate >= 0.5 * floorRate,
    },
    p99AtHalfCapacityMs: {
      value: summarize(latency.latencies, latency.seconds).p99Ms,
      target: '≤ 25',
      met: clean && summarize(latency.latencies, latency.seconds).p99Ms <= 25,
    },
    statementsPerScore: {
      value: Number((latencyStatements / Math.max(1, scored)).toFixed(2)),
      target: '≤ 6',
      met: clean && latencyStatements / Math.max(1, scored) <= 6,
    },
    rateLimitP50CostMs: {
      value: limiterCostMs,
      target: '≤ 1',
      met: clean && limiterCostMs <= 1,
    },
    batchEventsPerSecond: {
      value: Math.round(batchEvents),
      target: '≥ 3000',
      met: clean && batchEvents >= 3000,
    },
    reviewQueueDeliveryP99Ms: {
      value: round(percentileOf(delivery.afterRequest, 99)),
      target: '≤ 100 (from the scoring request; every event delivered)',
      met:
        delivery.delivered === delivery.expected &&
        delivery.expected > 0 &&
        percentileOf(delivery.afterRequest, 99) <= 100,
    },
    reviewQueueCapacityWithSubscribers: {
      value: Number(
        (
          queueWatched.latencies.length /
          queueWatched.seconds /
          Math.max(1e-9, queueAlone.latencies.length / queueAlone.seconds)
        ).toFixed(2),
      ),
      target: '≥ 0.9 × without',
      met:
        queueAlone.errors + queueWatched.errors === 0 &&
        queueWatched.latencies.length / queueWatched.seconds >=
          0.9 * (queueAlone.latencies.length / queueAlone.seconds),
    },
  };
}

/** Versions of the packages the figures depend on. */
export async function versions(): Promise<Record<string, string>> {
  const read = async (name: string) => {
    try {
      const file = path.join(REPO_ROOT, 'node_modules', name, 'package.json');
      return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  const names = ['@apollo/server', 'graphql', 'type-graphql', '@mikro-orm/core', 'pg'];
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await read(n)] as const)));
}
