import { Migration } from '@mikro-orm/migrations';

/**
 * Platform controls on a tenant: it can be disabled (its keys and users stop working), and its
 * request rates can be set per minute (null: the server's defaults).
 */
export class Migration20261207000000TenantControls extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "tenant" add column "disabled_at" timestamptz null,
        add column "rate_limit_scoring_per_minute" int null,
        add column "rate_limit_other_per_minute" int null`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "tenant" drop column "disabled_at",
        drop column "rate_limit_scoring_per_minute",
        drop column "rate_limit_other_per_minute"`,
    );
  }
}
