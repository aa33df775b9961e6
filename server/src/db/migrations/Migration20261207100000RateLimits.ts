import { Migration } from '@mikro-orm/migrations';

/** Shared rate-limit counters (fixed one-minute windows), used when Redis is not configured. */
export class Migration20261207100000RateLimits extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rate_limit_counter" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_counter_pkey" primary key ("key"))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_counter"`);
  }
}
