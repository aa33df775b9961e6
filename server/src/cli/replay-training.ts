import type { Database } from '../db/database.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import type { Mode } from '../domain/modes.js';
import type { Algorithm } from '../engine/model/model.js';
import { DAY_MS } from '../engine/windows.js';
import { CLI_ACTOR } from '../modules/audit/audit.service.js';
import { ModelTrainer } from '../modules/models/model-trainer.js';
import { ModelVersionEntity } from '../modules/models/model-version.entity.js';
import { ModelService } from '../modules/models/model.service.js';
import { createLogger } from '../logger.js';

/** `replay --train-at`: train a model on the history replayed so far, then put it to work. */
export interface TrainAt {
  /** Event time at which to train (the replay pauses before the first event at or after it). */
  at: Date;
  /** Days of history to train on, ending a label delay before `at`. */
  days: number;
  algorithm: Algorithm;
  /** SHADOW instead of ACTIVE. */
  shadow: boolean;
}

export interface TrainingSummary {
  number: number;
  status: string;
  algorithm: string;
  from: string;
  to: string;
  events: number;
  frauds: number;
  validation: Record<string, number | null> | null;
  seconds: number;
  error: string | null;
}

/**
 * Trains a version on [at − delay − days, at − delay) — the window whose labels have arrived by
 * `at` — in a worker thread, waits for it, and activates it (or shadows it) for `mode`.
 */
export async function trainDuringReplay(
  db: Database,
  scope: { tenantId: string; mode: Mode },
  plan: TrainAt,
  labelDelayDays: number,
  stderr: (text: string) => void,
): Promise<TrainingSummary> {
  const to = new Date(plan.at.getTime() - labelDelayDays * DAY_MS);
  const from = new Date(to.getTime() - plan.days * DAY_MS);
  const em = db.orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId: scope.tenantId });
  const trainer = new ModelTrainer(db.orm, createLogger('warn', { stderr: true }), {
    databaseUrl: db.url,
  });
  let run: Promise<void> = Promise.resolve();
  const started = performance.now();
  stderr(
    `replay: training a ${plan.algorithm} model on ${from.toISOString().slice(0, 10)} to ${to.toISOString().slice(0, 10)} (labels known by ${plan.at.toISOString().slice(0, 10)})\n`,
  );
  const created = await new ModelService(em, scope.tenantId, scope.mode).train(
    { from, to, algorithm: plan.algorithm },
    { train: (version) => (run = trainer.train(version)) },
    CLI_ACTOR,
  );
  await run;
  const version = await db.orm.em
    .fork()
    .findOneOrFail(ModelVersionEntity, { id: created.id }, { filters: false });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  if (version.status === 'READY') {
    await new ModelService(em, scope.tenantId, scope.mode).activate(
      version.id,
      scope.mode,
      plan.shadow,
      CLI_ACTOR,
    );
  }
  return {
    number: version.number,
    status: version.status === 'READY' ? (plan.shadow ? 'SHADOW' : 'ACTIVE') : version.status,
    algorithm: version.algorithm,
    from: from.toISOString(),
    to: to.toISOString(),
    events: version.events,
    frauds: version.frauds,
    validation: version.validation,
    seconds,
    error: version.error,
  };
}
