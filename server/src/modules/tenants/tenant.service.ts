import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { parseInput } from '../../domain/validation.js';
import { TenantEntity } from './tenant.entity.js';

export const tenantInputSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      'must be 2 to 63 characters: lower-case letters, digits and hyphens, not starting with a hyphen',
    ),
  name: z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters'),
});

/** Tenants are platform-level rows: this service is for platform code paths (CLI, seeding). */
export class TenantService {
  constructor(private readonly em: EntityManager) {}

  async create(input: { slug: string; name: string }): Promise<TenantEntity> {
    const { slug, name } = parseInput(tenantInputSchema, input, '');
    const tenant = this.em.create(TenantEntity, {
      slug,
      name,
      createdAt: new Date(),
    });
    try {
      await this.em.persistAndFlush(tenant);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
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
}
