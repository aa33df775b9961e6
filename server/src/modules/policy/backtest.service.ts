import type { EntityManager } from '@mikro-orm/postgresql';
import { Pipeline, bind, query } from '../../db/executor.js';
import { BadUserInputError, ConflictError } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import type { BacktestSummary } from '../../engine/backtest.js';
import type { BacktestRow } from './backtest.worker.js';
import { EvaluationWorker } from './evaluation-worker.js';
import {
  COUNT_EVENTS_IN_WINDOW,
  DECLARE_BACKTEST_CURSOR,
  FETCH_BACKTEST_CURSOR,
} from '../scoring/scored-event.store.js';
import { GlobalRulesService } from './global-rules.service.js';
import { tenantPolicy } from './policy.js';
import { PolicyVersionService } from './policy-version.service.js';
import { normalizeDocument } from './policy-document.js';

/** Most events one backtest re-decides. */
export const MAX_BACKTEST_EVENTS = 1_000_000;

/** A running backtest's progress, by `tenant:version id`, in this process. */
const running = new Map<string, { done: number; total: number; startedAt: Date }>();

export interface BacktestProgress {
  done: number;
  total: number;
  startedAt: Date;
}

export function backtestProgress(tenantId: string, versionId: string): BacktestProgress | null {
  return running.get(`${tenantId}:${versionId}`) ?? null;
}

export interface BacktestRun extends BacktestSummary {
  mode: Mode;
  from: Date;
  to: Date;
  /** The version backtested, and the one `mode` scores with now (what it is compared to). */
  version: number;
  comparedWith: number;
  seconds: number;
}

/**
 * Re-decides the stored events of a window under a policy version (a draft, typically) and
 * under what the mode scores with now, each event with the snapshot of what it was scored with.
 * Reads through a cursor, a page ahead of the evaluation, so memory stays flat whatever the
 * window holds; fraud is as labelled now.
 */
export class BacktestService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  async run(versionId: string, mode: Mode, from: Date, to: Date): Promise<BacktestRun> {
    if (!(from < to)) throw new BadUserInputError([{ field: 'to', message: 'must be after from' }]);
    const versions = new PolicyVersionService(this.em, this.tenantId);
    const { version } = await versions.get(versionId);
    const globals = await new GlobalRulesService(this.em).overrides();
    // Uncompiled: the evaluation worker compiles the custom rules in its own thread.
    const after = tenantPolicy({
      ...normalizeDocument(version.document),
      version: version.number,
      global_overrides: globals,
    });
    const current = await versions.currentDocument(mode);
    const before = tenantPolicy({
      ...current.document,
      version: current.number,
      global_overrides: globals,
    });
    const window = { tenant: this.tenantId, mode, from, to };
    const [counted] = await query<{ n: number }>(this.em, COUNT_EVENTS_IN_WINDOW, window);
    const total = counted?.n ?? 0;
    if (total > MAX_BACKTEST_EVENTS)
      throw new BadUserInputError([
        {
          field: 'from',
          message: `the window holds ${total.toLocaleString('en-US')} events; a backtest takes at most ${MAX_BACKTEST_EVENTS.toLocaleString('en-US')}: narrow it`,
        },
      ]);
    if ([...running.keys()].some((k) => k.startsWith(`${this.tenantId}:`)))
      throw new ConflictError(
        'A backtest of this tenant is already running on this server; wait for it to finish',
      );
    const key = `${this.tenantId}:${versionId}`;
    const progress = { done: 0, total, startedAt: new Date() };
    running.set(key, progress);
    const started = performance.now();
    const worker = new EvaluationWorker({ before, after });
    let summary: BacktestSummary;
    try {
      await Pipeline.transaction(this.em, async (trx) => {
        await trx.send([bind(DECLARE_BACKTEST_CURSOR, window)], { begin: true });
        let next = trx.send([bind(FETCH_BACKTEST_CURSOR)]);
        for (;;) {
          const [rows = []] = (await next) as unknown as BacktestRow[][];
          if (rows.length === 0) break;
          // The next page travels while the worker evaluates this one.
          next = trx.send([bind(FETCH_BACKTEST_CURSOR)]);
          await worker.add(rows);
          progress.done += rows.length;
        }
        await trx.send([], { commit: true });
      });
      summary = await worker.finish();
    } finally {
      running.delete(key);
      await worker.stop();
    }
    return {
      ...summary,
      mode,
      from,
      to,
      version: version.number,
      comparedWith: current.number,
      seconds: Math.round((performance.now() - started) / 10) / 100,
    };
  }
}
