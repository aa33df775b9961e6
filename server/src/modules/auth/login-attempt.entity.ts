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
