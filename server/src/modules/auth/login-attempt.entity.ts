import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One failed console login, kept for rate limiting per e-mail and per IP. Not tenant-owned. */
@Entity({ tableName: 'login_failure' })
@Index({ properties: ['email', 'createdAt'] })
@Index({ properties: ['ip', 'createdAt'] })
export class LoginFailureEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 255 })
  email!: string;

  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/**
 * The lockout of one e-mail from one address after repeated failures. `lockouts` counts the
 * lockouts in a row, so each one lasts twice as long as the one before (see LoginThrottle).
 */
@Entity({ tableName: 'login_lockout' })
export class LoginLockoutEntity {
  @PrimaryKey({ type: 'string', length: 255 })
  email!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: 'integer' })
  lockouts!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lockedUntil!: Date;
}
