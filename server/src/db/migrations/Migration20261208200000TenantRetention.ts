import { Migration } from '@mikro-orm/migrations';

/**
 * Per-tenant retention: how many months of scored events a tenant keeps (null keeps everything).
 * The hourly retention job deletes older events and what points at them.
 */
export class Migration20261208200000TenantRetention extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "tenant" add column "retention_months" int null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tenant" drop column "retention_months"`);
  }
}
