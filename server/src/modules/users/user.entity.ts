import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Filter,
  ManyToOne,
  Index,
  PrimaryKey,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { ROLES, type Role } from '../../domain/roles.js';
import { tenantFilter } from '../../db/tenant-filter.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/** A console user. E-mails are unique across the platform so login needs no tenant. */
@Entity({ tableName: 'app_user' })
@Filter(tenantFilter)
@Index({ properties: ['tenantId'] })
export class UserEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  tenantId!: string;

  /** Stored lower-cased. */
  @Property({ type: 'string', length: 255, unique: true })
  email!: string;

  /** argon2id PHC string; never exposed through GraphQL (entities carry no GraphQL decorators). */
  @Property({ type: 'text', lazy: true })
  passwordHash!: string;

  @Enum({ items: [...ROLES] })
  role!: Role;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  /**
   * Carried by every console token; a token with another version is refused. Bumped when the
   * user is disabled, changes role, has the password changed or reset, or has sessions revoked.
   */
  @Property({ type: 'integer', default: 0 })
  tokenVersion: Opt<number> = 0;

  /** Set by a password reset: the one-time password's session may only change the password. */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: Opt<boolean> = false;

  /** When the one-time password of a reset was used to log in; it is refused after that. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  oneTimePasswordUsedAt: Date | null = null;
}
