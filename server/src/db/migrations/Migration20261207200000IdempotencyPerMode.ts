import { Migration } from '@mikro-orm/migrations';

/**
 * Feedback idempotency keys are unique per tenant and mode, as references already are: a TEST
 * key reusing a LIVE key's idempotency key gets its own row instead of the LIVE feedback or a
 * CONFLICT. The new constraint only loosens the old one (every (tenant, key) pair that was unique
 * stays unique with the mode added), so existing rows fit it as they are. `down` fails once both
 * modes of a tenant hold the same key.
 */
export class Migration20261207200000IdempotencyPerMode extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "feedback" drop constraint "feedback_tenant_id_idempotency_key_unique", add constraint "feedback_tenant_id_mode_idempotency_key_unique" unique ("tenant_id", "mode", "idempotency_key")`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "feedback" drop constraint "feedback_tenant_id_mode_idempotency_key_unique", add constraint "feedback_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key")`,
    );
  }
}
