import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { ALGORITHMS, type Algorithm } from '../../engine/model/model.js';
import { DAY_MS } from '../../engine/windows.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { readableSpec } from './model-registry.js';
import { ModelVersionEntity } from './model-version.entity.js';
import { lockModels, nextModelNumber, promoteModel } from './model-version.store.js';

/** What the model service needs to start a run: the trainer's `train`. */
export interface TrainingRunner {
  train(version: ModelVersionEntity): Promise<void>;
}

/** The longest training window. */
export const MAX_WINDOW_DAYS = 400;
/** The default training window: the 28 days that ended a label delay (7 days) ago. */
export const DEFAULT_WINDOW_DAYS = 28;
export const DEFAULT_LABEL_DELAY_DAYS = 7;
export const DEFAULT_ALGORITHM: Algorithm = 'GRADIENT_BOOSTING';

export interface TrainRequest {
  from?: Date | null;
  to?: Date | null;
  algorithm?: Algorithm | null;
}

/**
 * A tenant's model versions for one mode: training (in the background, through the trainer),
 * listing, and activation, ACTIVE or SHADOW. Changes are audited.
 */
export class ModelService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
    private readonly mode: Mode,
  ) {}

  list(): Promise<ModelVersionEntity[]> {
    return this.em.find(
      ModelVersionEntity,
      { tenantId: this.tenantId, mode: this.mode },
      { orderBy: { number: 'desc' }, limit: 100 },
    );
  }

  async get(id: string): Promise<ModelVersionEntity> {
    const row = await this.em.findOne(ModelVersionEntity, { id, tenantId: this.tenantId });
    if (!row || row.mode !== this.mode) throw new NotFoundError('Model version');
    return row;
  }

  /**
   * Creates a TRAINING version over [from, to) and hands it to `runner` without waiting. `to`
   * defaults to a label delay ago (labels of later events have not all arrived), `from` to 28
   * days before `to`.
   */
  async train(
    request: TrainRequest,
    runner: TrainingRunner,
    actor: Actor,
    now = new Date(),
  ): Promise<ModelVersionEntity> {
    const to = request.to ?? new Date(now.getTime() - DEFAULT_LABEL_DELAY_DAYS * DAY_MS);
    const from = request.from ?? new Date(to.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS);
    const algorithm = request.algorithm ?? DEFAULT_ALGORITHM;
    if (!(from.getTime() < to.getTime()))
      throw new BadUserInputError([{ field: 'from', message: 'from must be before to' }]);
    if (to.getTime() > now.getTime())
      throw new BadUserInputError([
        { field: 'to', message: 'to must not be in the future: later events have no labels yet' },
      ]);
    if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS)
      throw new BadUserInputError([
        { field: 'from', message: `the window may span at most ${MAX_WINDOW_DAYS} days` },
      ]);
    if (!ALGORITHMS.includes(algorithm))
      throw new BadUserInputError([
        { field: 'algorithm', message: `expected one of ${ALGORITHMS.join(', ')}` },
      ]);
    const version = await this.em.transactional(async (em) => {
      // One change to a mode's versions at a time (numbers, the one run in training).
      await lockModels(em, this.tenantId, this.mode);
      const busy = await em.count(ModelVersionEntity, {
        tenantId: this.tenantId,
        mode: this.mode,
        status: 'TRAINING',
      });
      if (busy > 0)
        throw new ConflictError('A model is already training for this mode; wait for it');
      const created = em.create(ModelVersionEntity, {
        tenantId: this.tenantId,
        mode: this.mode,
        number: await nextModelNumber(em, this.tenantId, this.mode),
        status: 'TRAINING',
        algorithm,
        windowFrom: from,
        windowTo: to,
        requestedBy: actor.label,
        createdAt: now,
      });
      recordAudit(em, actor, {
        tenantId: this.tenantId,
        action: 'model.train',
        entityType: 'ModelVersion',
        entityId: created.id,
        after: { number: created.number, mode: this.mode, from, to, algorithm },
      });
      return created;
    });
    void runner.train(version);
    return version;
  }

  /**
   * Puts version `id` to work in `target` mode: ACTIVE (acting, replacing the previous ACTIVE
   * one) or, with `shadow`, SHADOW (scored and reported, never acting). A version trained in
   * the other mode (say, on replayed TEST history) is copied into `target` as a new version
   * first, so each mode's versions stay its own.
   */
  async activate(
    id: string,
    target: Mode,
    shadow: boolean,
    actor: Actor,
    options: { fromOtherMode?: boolean; now?: Date } = {},
  ): Promise<ModelVersionEntity> {
    const now = options.now ?? new Date();
    const source = await this.em.findOne(
      ModelVersionEntity,
      { id, tenantId: this.tenantId },
      { populate: ['spec'] },
    );
    if (!source) throw new NotFoundError('Model version');
    if (!source.spec || source.status === 'TRAINING' || source.status === 'FAILED')
      throw new ConflictError(
        `Model version ${source.number} is ${source.status}: only a trained version can be activated`,
      );
    if (source.mode !== target && !options.fromOtherMode)
      throw new ConflictError(
        `Model version ${source.number} was trained on ${source.mode} data; to put it to work in ${target}, ask for it explicitly (fromOtherMode: true)`,
      );
    if (!readableSpec(source.spec))
      throw new ConflictError(
        `Model version ${source.number} cannot score this server's features; train a new version`,
      );
    const status = shadow ? 'SHADOW' : 'ACTIVE';
    return this.em.transactional(async (em) => {
      await lockModels(em, this.tenantId, target);
      let version = source;
      if (source.mode !== target) {
        version = em.create(ModelVersionEntity, {
          tenantId: this.tenantId,
          mode: target,
          number: await nextModelNumber(em, this.tenantId, target),
          status: 'READY',
          algorithm: source.algorithm,
          windowFrom: source.windowFrom,
          windowTo: source.windowTo,
          progress: 1,
          events: source.events,
          frauds: source.frauds,
          validation: source.validation,
          features: source.features,
          spec: source.spec,
          requestedBy: actor.label,
          createdAt: now,
          trainedAt: source.trainedAt,
        });
        await em.flush();
      }
      await promoteModel(em, { tenantId: this.tenantId, mode: target }, version.id, status, now);
      recordAudit(em, actor, {
        tenantId: this.tenantId,
        action: shadow ? 'model.shadow' : 'model.activate',
        entityType: 'ModelVersion',
        entityId: version.id,
        after: {
          number: version.number,
          mode: target,
          status,
          copiedFrom: source.id === version.id ? null : { id: source.id, mode: source.mode },
        },
      });
      await em.flush();
      await em.refresh(version);
      return version;
    });
  }
}
