import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BacktestSummary } from '../../engine/backtest.js';
import type {
  BacktestJob,
  BacktestReply,
  BacktestRequest,
  BacktestRow,
} from './backtest.worker.js';

/** The compiled worker: beside this file when running from dist, else dist's (tests run src). */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const sibling = path.join(path.dirname(here), 'backtest.worker.js');
  if (here.endsWith('.js') && existsSync(sibling)) return sibling;
  return path.resolve(path.dirname(here), '../../../dist/modules/policy/backtest.worker.js');
}

/** Pages posted and not yet evaluated: one evaluating, one waiting, the next being read. */
const IN_FLIGHT = 2;

/**
 * The main thread's side of backtest.worker.ts: posts pages of stored events with at most
 * IN_FLIGHT unanswered (memory stays flat however fast the database reads), then asks for the
 * summary. The worker's young generation is larger than a default thread's: evaluation makes
 * short-lived objects by the million, and a small nursery spent a third of the time collecting.
 */
export class EvaluationWorker {
  private readonly worker: Worker;
  private pending = 0;
  private waiting: (() => void) | null = null;
  private done: ((summary: BacktestSummary) => void) | null = null;
  private failure: Error | null = null;

  constructor(job: BacktestJob) {
    this.worker = new Worker(workerScript(), {
      workerData: job,
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    this.worker.on('message', (reply: BacktestReply) => {
      if (reply.type === 'ack') this.pending--;
      else if (reply.type === 'done') this.done?.(reply.summary);
      else this.fail(new Error(`backtest evaluation failed: ${reply.message}`));
      this.wake();
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`backtest worker stopped (exit code ${code})`));
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  /** Posts a page; resolves once fewer than IN_FLIGHT pages wait for the worker. */
  async add(rows: BacktestRow[]): Promise<void> {
    this.check();
    this.worker.postMessage({ type: 'page', rows } satisfies BacktestRequest);
    this.pending++;
    while (this.pending >= IN_FLIGHT) {
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.check();
    }
  }

  /** The summary once every posted page is evaluated. */
  async finish(): Promise<BacktestSummary> {
    this.check();
    const summary = new Promise<BacktestSummary>((resolve, reject) => {
      this.done = resolve;
      const poll = () => (this.failure ? reject(this.failure) : (this.waiting = poll));
      this.waiting = poll;
    });
    this.worker.postMessage({ type: 'end' } satisfies BacktestRequest);
    return summary;
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
