import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { ConflictError } from '../../domain/errors.js';
import { ROLES, type Role } from '../../domain/roles.js';
import { parseInput } from '../../domain/validation.js';
import { paginateNewestFirst, type Page, type PageArgs } from '../../db/pagination.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password.js';
import { UserEntity } from './user.entity.js';

/** Minimum console password length (NIST SP 800-63B asks for at least 8; we ask for 10). */
export const MIN_PASSWORD_LENGTH = 10;

/** The rules every console password follows (creation, change). */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, 'must be at most 256 characters');

const createUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(255, 'must be at most 255 characters')
    .email('must be an e-mail address'),
  password: passwordSchema,
  role: z.enum(ROLES, {
    errorMap: () => ({ message: `must be one of ${ROLES.join(', ')}` }),
  }),
});

export interface CreateUserInput {
  email: string;
  password: string;
  role: Role;
}

/** Console users of one tenant; `em` must carry that tenant's filter. */
export class UserService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  async create(input: CreateUserInput, actor: Actor): Promise<UserEntity> {
    const { email, password, role } = parseInput(createUserSchema, input, 'input');
    const user = this.em.create(UserEntity, {
      tenantId: this.tenantId,
      email,
      passwordHash: await hashPassword(password),
      role,
      createdAt: new Date(),
      lastLoginAt: null,
      disabledAt: null,
    });
    recordAudit(this.em, actor, {
      tenantId: this.tenantId,
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: { email, role },
    });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        this.em.clear();
        throw new ConflictError(`A user with e-mail "${email}" already exists`);
      }
      throw error;
    }
    return user;
  }

  list(page: PageArgs): Promise<Page<UserEntity>> {
    return paginateNewestFirst(this.em, UserEntity, {}, page);
  }
}
