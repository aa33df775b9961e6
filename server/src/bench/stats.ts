/** Latency summary of one benchmark run; times in milliseconds. */
export interface LatencySummary {
  requests: number;
  throughputPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Nearest-rank percentile of an ascending array; `p` in 0..100. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(latencies: readonly number[], seconds: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: sorted.length,
    throughputPerSecond: seconds > 0 ? Math.round(sorted.length / seconds) : 0,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

export function formatSummary(s: LatencySummary & Record<string, unknown>): string {
  return [
    `scenario     ${String(s.scenario)}`,
    `requests     ${s.requests} (concurrency ${String(s.concurrency)})`,
    `throughput   ${s.throughputPerSecond} req/s`,
    `latency      p50 ${s.p50Ms} ms   p95 ${s.p95Ms} ms   p99 ${s.p99Ms} ms   max ${s.maxMs} ms`,
    `db queries   ${String(s.dbQueriesPerRequest)} per request`,
    `database     ${String(s.database)}`,
  ].join('\n');
}
