import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';
import type { Mode } from '../../domain/modes.js';
import type { ModelStatus } from './model-version.entity.js';

/** All SQL on model_version beyond the ORM's reads of whole rows. */

/** A model that scores: the tenant's ACTIVE or SHADOW version for the mode. */
export interface LiveModel {
  id: string;
  number: number;
  status: Extract<ModelStatus, 'ACTIVE' | 'SHADOW'>;
}

/**
 * The tenant's live models as a JSON array of {@link LiveModel}, for scoring's enrichment
 * statement (binds `$tenant` and `$mode`): which versions score is read with everything else,
 * in the same round-trip, so an activation takes effect on the next score of every replica.
 */
export const LIVE_MODELS = `(select coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'number', m.number, 'status', m.status)), '[]'::jsonb)
     from model_version m
    where m.tenant_id = $tenant and m.mode = $mode and m.status in ('ACTIVE', 'SHADOW'))`;

/**
 * A trained version's model (one row `{ spec }`; bind `tenant`, `id`). Versions never change
 * once trained, so callers may cache it. Scoring reads it in its own transaction.
 */
export const MODEL_SPEC = new Sql(
  `select spec from model_version where tenant_id = $tenant and id = $id`,
);

const NEXT_NUMBER = new Sql(`
  select coalesce(max(number), 0) + 1 as next from model_version
   where tenant_id = $tenant and mode = $mode`);

/** The number the tenant's next version for the mode takes. */
export async function nextModelNumber(
  em: EntityManager,
  tenantId: string,
  mode: Mode,
): Promise<number> {
  const [row] = await query<{ next: number }>(em, NEXT_NUMBER, { tenant: tenantId, mode });
  return Number(row?.next ?? 1);
}

const PROGRESS = new Sql(`
  update model_version set progress = $progress
   where tenant_id = $tenant and id = $id and status = 'TRAINING'`);

/** Records training progress (0..1) while the version is still TRAINING. */
export async function recordProgress(
  em: EntityManager,
  tenantId: string,
  id: string,
  progress: number,
): Promise<void> {
  await query(em, PROGRESS, { tenant: tenantId, id, progress });
}

/**
 * Makes `id` the tenant's `status` (ACTIVE or SHADOW) model for its mode: the version holding
 * that status is retired first (the unique index admits one of each). Run in a transaction.
 */
const RETIRE_HOLDER = new Sql(`
  update model_version set status = 'RETIRED'
   where tenant_id = $tenant and mode = $mode and status = $status and id <> $id`);
const PROMOTE = new Sql(`
  update model_version set status = $status, activated_at = $now
   where tenant_id = $tenant and id = $id
  returning id`);

export async function promoteModel(
  em: EntityManager,
  scope: { tenantId: string; mode: Mode },
  id: string,
  status: LiveModel['status'],
  now: Date,
): Promise<void> {
  await query(em, RETIRE_HOLDER, { tenant: scope.tenantId, mode: scope.mode, status, id });
  await query(em, PROMOTE, { tenant: scope.tenantId, id, status, now });
}

const INTERRUPTED = new Sql(`
  update model_version set status = 'FAILED', error = $error
   where status = 'TRAINING' and created_at < $before
  returning id`);

/** Marks versions left TRAINING by a process that stopped before $before as FAILED. */
export async function failInterrupted(
  em: EntityManager,
  before: Date,
  error: string,
): Promise<number> {
  return (await query(em, INTERRUPTED, { before, error })).length;
}

const DUE = new Sql(`
  select t.id as tenant_id, m.mode, t.model_retrain_days as days
    from tenant t
    join model_version m on m.tenant_id = t.id and m.status = 'ACTIVE'
   where t.model_retrain_days is not null and t.disabled_at is null
     and not exists (
       select 1 from model_version n
        where n.tenant_id = t.id and n.mode = m.mode
          and (n.status = 'TRAINING'
            or n.created_at > $now::timestamptz - make_interval(days => t.model_retrain_days)))`);

/**
 * Tenants and modes whose scheduled retraining is due: an ACTIVE model, a retraining period,
 * and no version started within that period (nor one training now).
 */
export async function dueRetrainings(
  em: EntityManager,
  now: Date,
): Promise<{ tenantId: string; mode: Mode; days: number }[]> {
  const rows = await query<{ tenant_id: string; mode: Mode; days: number }>(em, DUE, { now });
  return rows.map((r) => ({ tenantId: r.tenant_id, mode: r.mode, days: r.days }));
}

const LOCK = new Sql(
  `select pg_advisory_xact_lock(hashtext('model_version:' || $tenant || ':' || $mode))`,
);

/** Serialises changes to a tenant's versions of one mode until `em`'s transaction ends. */
export async function lockModels(em: EntityManager, tenantId: string, mode: Mode): Promise<void> {
  await query(em, LOCK, { tenant: tenantId, mode });
}
