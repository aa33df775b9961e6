import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm.js';
import type { Logger } from '../../logger.js';
import { ModelVersionEntity } from './model-version.entity.js';
import { dueRetrainings, failInterrupted, recordProgress } from './model-version.store.js';
import type { TrainingJob, TrainingMessage } from './training.worker.js';

/** A run that has not finished after this long is stopped and marked FAILED. */
export const TRAINING_TIMEOUT_MS = 2 * 3_600_000;
const PROGRESS_EVERY_MS = 1_000;

/**
 * The worker's script: next to this module once built; under `dist/` when this module runs from
 * its TypeScript source (tests), which the test setup builds first.
 */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const sibling = path.join(path.dirname(here), 'training.worker.js');
  if (here.endsWith('.js') && existsSync(sibling)) return sibling;
  return path.resolve(path.dirname(here), '../../../dist/modules/models/training.worker.js');
}

/** Starts a retraining for a tenant and mode (the model service's trainModel). */
export type Retrain = (tenantId: string, mode: ModelVersionEntity['mode']) => Promise<unknown>;

/**
 * Runs model training in worker threads, one per version, and records what they report on the
 * version's row: progress, then READY with the model and its validation, or FAILED with why.
 * Also, every `checkEveryMs` (default hourly), fails runs a stopped process left TRAINING and
 * starts the scheduled retrainings that are due.
 */
export class ModelTrainer {
  private readonly running = new Map<string, Worker>();
  private timer: NodeJS.Timeout | null = null;
  private retrain: Retrain | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    private readonly options: { databaseUrl: string; checkEveryMs?: number },
  ) {}

  /** Starts the periodic check; `retrain` starts one scheduled run. */
  start(retrain: Retrain): void {
    this.retrain = retrain;
    const every = this.options.checkEveryMs ?? 3_600_000;
    this.timer = setInterval(() => void this.check(), every);
    this.timer.unref();
  }

  /** One pass of the periodic check (exposed for tests). */
  async check(now = new Date()): Promise<void> {
    try {
      const em = this.orm.em.fork() as EntityManager;
      await failInterrupted(
        em,
        new Date(now.getTime() - TRAINING_TIMEOUT_MS),
        'training was interrupted (the server stopped or it ran too long)',
      );
      // One scheduled run per process at a time: training shares the server's cores.
      if (this.running.size > 0) return;
      const [due] = await dueRetrainings(em, now);
      if (due) await this.retrain?.(due.tenantId, due.mode);
    } catch (error) {
      this.logger.error({ err: error }, 'scheduled model retraining failed');
    }
  }

  /** Trains `version` (status TRAINING) in a worker; resolves when the run has ended. */
  train(version: ModelVersionEntity): Promise<void> {
    const job: TrainingJob = {
      databaseUrl: this.options.databaseUrl,
      tenantId: version.tenantId,
      mode: version.mode,
      from: version.windowFrom.toISOString(),
      to: version.windowTo.toISOString(),
      algorithm: version.algorithm as TrainingJob['algorithm'],
    };
    const worker = new Worker(workerScript(), { workerData: job });
    this.running.set(version.id, worker);
    const timeout = setTimeout(() => void worker.terminate(), TRAINING_TIMEOUT_MS);
    timeout.unref();
    let lastProgress = 0;
    let settled = false;
    const em = () => this.orm.em.fork() as EntityManager;
    return new Promise<void>((resolve) => {
      const finish = async (change: Partial<ModelVersionEntity>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timeout);
        this.running.delete(version.id);
        try {
          await em().nativeUpdate(
            ModelVersionEntity,
            { id: version.id, tenantId: version.tenantId, status: 'TRAINING' },
            change,
            { filters: false },
          );
        } catch (error) {
          this.logger.error({ err: error, model: version.id }, 'could not record training end');
        }
        resolve();
      };
      worker.on('message', (message: TrainingMessage) => {
        if (message.type === 'progress') {
          const now = Date.now();
          if (now - lastProgress < PROGRESS_EVERY_MS) return;
          lastProgress = now;
          recordProgress(em(), version.tenantId, version.id, message.value).catch(() => {});
        } else if (message.type === 'done') {
          const o = message.outcome;
          void finish({
            status: 'READY',
            progress: 1,
            spec: o.spec as unknown as Record<string, unknown>,
            events: o.events,
            frauds: o.frauds,
            validation: o.validation,
            features: o.features,
            trainedAt: new Date(),
          });
        } else {
          if (message.detail)
            this.logger.error(
              { model: version.id, detail: message.detail },
              'model training failed',
            );
          void finish({ status: 'FAILED', error: message.message });
        }
      });
      worker.on('error', (error) => {
        this.logger.error({ err: error, model: version.id }, 'model training crashed');
        void finish({ status: 'FAILED', error: 'training crashed; see the server log' });
      });
      worker.on(
        'exit',
        () => void finish({ status: 'FAILED', error: 'training stopped before it finished' }),
      );
    });
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.running.values()].map((w) => w.terminate()));
  }
}
