import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Rate-limit counters kept in PostgreSQL (when REDIS_URL is unset). The layout is the one
 * rate-limiter-flexible's RateLimiterPostgres reads and writes; only that library writes rows.
 */
@Entity({ tableName: 'rate_limit_counter' })
export class RateLimitCounterEntity {
  /** `<prefix>:<bucket>:<mode>:<tenant id>` or `<prefix>:ip:<address>`. */
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  /** Points consumed in the current window. */
  @Property({ type: 'integer', default: 0 })
  points: number = 0;

  /** End of the current window, epoch milliseconds. */
  @Property({ type: 'bigint', nullable: true })
  expire: string | null = null;
}
