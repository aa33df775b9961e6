import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import { parseInput } from '../../domain/validation.js';
import { paginateNewestFirst, type Page, type PageArgs } from '../../db/pagination.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { TenantEntity } from './tenant.entity.js';
import type { TenantStatusCache } from './tenant-status.cache.js';
import { announceTenantChange } from './tenant.store.js';

const nameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters');

export const tenantInputSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      'must be 2 to 63 characters: lower-case letters, digits and hyphens, not starting with a hyphen',
    ),
  name: nameSchema,
});

/** The largest per-minute limit the platform admin may set (a sanity bound, not a capacity). */
export const MAX_RATE_LIMIT_PER_MINUTE = 10_000_000;

const limitSchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(
    MAX_RATE_LIMIT_PER_MINUTE,
    `must be at most ${MAX_RATE_LIMIT_PER_MINUTE.toLocaleString('en')}`,
  )
  .nullable()
  .optional();

const rateLimitsSchema = z.object({ scoringPerMinute: limitSchema, otherPerMinute: limitSchema });

const updateSchema = z.object({
  name: nameSchema.optional(),
  disabled: z.boolean().optional(),
  retentionMonths: z
    .number()
    .int('must be a whole number of months')
    .min(1, 'must be at least 1 month')
    .max(120, 'must be at most 120 months')
    .nullable()
    .optional(),
  modelRetrainDays: z
    .number()
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(365, 'must be at most 365 days')
    .nullable()
    .optional(),
});

/** A tenant's own rate limits: a number sets it, `null` returns to the server default, absent keeps it. */
export interface RateLimitsUpdate {
  scoringPerMinute?: number | null;
  otherPerMinute?: number | null;
}

export interface TenantUpdate {
  name?: string;
  /** true disables the tenant (its keys and users are refused), false enables it again. */
  disabled?: boolean;
  /** Months of scored events kept (1..120); null keeps everything; absent leaves it. */
  retentionMonths?: number | null;
  /** Days between scheduled model retrainings (1..365); null: on demand only; absent leaves it. */
  modelRetrainDays?: number | null;
}

export interface TenantServiceDeps {
  /** Told at once about a tenant this process disabled or enabled (other replicas hear NOTIFY). */
  statusCache?: TenantStatusCache;
}

const audited = (t: TenantEntity) => ({
  slug: t.slug,
  name: t.name,
  disabled: t.disabledAt !== null,
  rateLimitScoringPerMinute: t.rateLimitScoringPerMinute,
  rateLimitOtherPerMinute: t.rateLimitOtherPerMinute,
  retentionMonths: t.retentionMonths,
  modelRetrainDays: t.modelRetrainDays,
});

/**
 * Tenants are platform-level rows (no tenant filter): this service serves platform code paths
 * (CLI, seeding, the platform admin's API). Changes made with an actor are audited in the
 * tenant's own trail, so its admins see who changed their tenant.
 */
export class TenantService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TenantServiceDeps = {},
  ) {}

  async create(input: { slug: string; name: string }, actor?: Actor): Promise<TenantEntity> {
    const { slug, name } = parseInput(tenantInputSchema, input, actor ? 'input' : '');
    const tenant = this.em.create(TenantEntity, {
      slug,
      name,
      createdAt: new Date(),
    });
    if (actor) {
      recordAudit(this.em, actor, {
        tenantId: tenant.id,
        action: 'tenant.create',
        entityType: 'Tenant',
        entityId: tenant.id,
        after: audited(tenant),
      });
    }
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        this.em.clear();
        throw new ConflictError(`A tenant with slug "${slug}" already exists`);
      }
      throw error;
    }
    return tenant;
  }

  async getBySlug(slug: string): Promise<TenantEntity> {
    const tenant = await this.em.findOne(TenantEntity, { slug });
    if (!tenant) throw new NotFoundError(`Tenant "${slug}"`);
    return tenant;
  }

  async getById(id: string): Promise<TenantEntity> {
    const tenant = await this.em.findOne(TenantEntity, { id });
    if (!tenant) throw new NotFoundError('Tenant');
    return tenant;
  }

  /** Every tenant, newest first. */
  list(page: PageArgs): Promise<Page<TenantEntity>> {
    return paginateNewestFirst(this.em, TenantEntity, {}, page);
  }

  /**
   * Renames, disables or enables a tenant. Disabling refuses its API keys and console users from
   * the next request on (every replica hears of it when the change commits). `actorTenantId` is
   * the caller's own tenant, which they may not disable: that would lock them out.
   */
  async update(
    id: string,
    input: TenantUpdate,
    actor: Actor,
    actorTenantId: string,
  ): Promise<TenantEntity> {
    const change = parseInput(updateSchema, input, 'input');
    if (change.disabled === true && id === actorTenantId) {
      throw new BadUserInputError([
        {
          field: 'input.disabled',
          message: 'you cannot disable your own tenant: you would lock yourself out',
        },
      ]);
    }
    const tenant = await this.getById(id);
    const before = audited(tenant);
    if (change.name !== undefined) tenant.name = change.name;
    if (change.retentionMonths !== undefined) tenant.retentionMonths = change.retentionMonths;
    if (change.modelRetrainDays !== undefined) tenant.modelRetrainDays = change.modelRetrainDays;
    if (change.disabled !== undefined && change.disabled !== (tenant.disabledAt !== null)) {
      tenant.disabledAt = change.disabled ? new Date() : null;
    }
    const after = audited(tenant);
    if (JSON.stringify(before) === JSON.stringify(after)) return tenant;
    const action =
      before.disabled === after.disabled
        ? 'tenant.update'
        : after.disabled
          ? 'tenant.disable'
          : 'tenant.enable';
    await this.commit(tenant, actor, action, before, before.disabled !== after.disabled);
    return tenant;
  }

  /**
   * Sets a tenant's own per-minute limits (1..10,000,000, per mode). A field set to `null`
   * returns that limit to the server default; a field left out keeps its current value.
   */
  async updateRateLimits(id: string, input: RateLimitsUpdate, actor: Actor): Promise<TenantEntity> {
    const change = parseInput(rateLimitsSchema, input, 'input');
    const tenant = await this.getById(id);
    const before = audited(tenant);
    if (change.scoringPerMinute !== undefined)
      tenant.rateLimitScoringPerMinute = change.scoringPerMinute;
    if (change.otherPerMinute !== undefined) tenant.rateLimitOtherPerMinute = change.otherPerMinute;
    if (JSON.stringify(before) === JSON.stringify(audited(tenant))) return tenant;
    await this.commit(tenant, actor, 'tenant.rate_limits', before, false);
    return tenant;
  }

  /** Writes the change and its audit entry together; a status change is announced on commit. */
  private async commit(
    tenant: TenantEntity,
    actor: Actor,
    action: string,
    before: Record<string, unknown>,
    announce: boolean,
  ): Promise<void> {
    await this.em.transactional(async (tx) => {
      const em = tx as EntityManager;
      recordAudit(em, actor, {
        tenantId: tenant.id,
        action,
        entityType: 'Tenant',
        entityId: tenant.id,
        before,
        after: audited(tenant),
      });
      await em.flush();
      if (announce) {
        await announceTenantChange(em, tenant.id);
      }
    });
    if (announce) this.deps.statusCache?.evict(tenant.id);
  }
}
