import { Migration } from '@mikro-orm/migrations';

/** Reputation look-ups by IP on the scoring path use indexes, not a scan of the lists. */
export class Migration20261125500000ReputationIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "reputation_entry_tor_index" on "reputation_entry" (("value"::inet)) where "kind" = 'TOR_EXIT'`,
    );
    this.addSql(
      `create index "reputation_entry_hosting_index" on "reputation_entry" using gist (("value"::inet) inet_ops) where "kind" = 'HOSTING_NETWORK'`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "reputation_entry_hosting_index"`);
    this.addSql(`drop index if exists "reputation_entry_tor_index"`);
  }
}
