import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  BacktestAccumulator,
  type BacktestItem,
  type BacktestSummary,
} from '../../engine/backtest.js';
import type { TenantScoringPolicy } from './policy.js';
import { withCustomRules } from './policy-registry.js';

/**
 * A backtest's evaluation in a worker thread: a million events re-decided twice is a minute of
 * CPU that must not stall scoring on the main thread. The main thread reads pages of stored
 * events and posts them (`{ type: 'page', rows }`, snapshots as JSON text); the worker answers
 * each page with `{ type: 'ack' }`, and `{ type: 'end' }` with `{ type: 'done', summary }` (or
 * `{ type: 'failed', message }`).
 */
export interface BacktestJob {
  /** Uncompiled: the worker compiles the custom rules itself (functions do not cross threads). */
  before: TenantScoringPolicy;
  after: TenantScoringPolicy;
}

export interface BacktestRow {
  id: string;
  kind: BacktestItem['kind'];
  /** Epoch milliseconds. */
  at: number;
  fraud: boolean;
  /** The stored snapshot as JSON text, null for events scored before snapshots were kept. */
  snapshot: string | null;
}

export type BacktestRequest = { type: 'page'; rows: BacktestRow[] } | { type: 'end' };
export type BacktestReply =
  | { type: 'ack' }
  | { type: 'done'; summary: BacktestSummary }
  | { type: 'failed'; message: string };

/** Evaluates the pages the main thread posts, under the job's two policies. */
function serve(job: BacktestJob): void {
  const before = withCustomRules(job.before, null);
  const after = withCustomRules(job.after, null);
  const accumulator = new BacktestAccumulator({
    before: { transactions: before.transactions, accounts: before.accounts },
    after: { transactions: after.transactions, accounts: after.accounts },
  });
  const post = (reply: BacktestReply) => parentPort?.postMessage(reply);

  parentPort?.on('message', (request: BacktestRequest) => {
    try {
      if (request.type === 'end') {
        post({ type: 'done', summary: accumulator.result() });
        return;
      }
      for (const r of request.rows) {
        let snapshot: unknown = null;
        try {
          snapshot = r.snapshot === null ? null : JSON.parse(r.snapshot);
        } catch {
          // Unreadable: the accumulator counts it as skipped.
        }
        accumulator.add({
          eventId: r.id,
          kind: r.kind,
          snapshot,
          fraud: r.fraud,
          occurredAt: new Date(r.at),
        });
      }
      post({ type: 'ack' });
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
}

// Imported on the main thread (for its types, or by a test walking the modules) it does nothing.
if (!isMainThread) serve(workerData as BacktestJob);
