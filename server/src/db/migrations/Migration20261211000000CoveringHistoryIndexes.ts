import { Migration } from '@mikro-orm/migrations';

/**
 * A score's look-ups (windows, 30-day history, linkage, fan-in) walk each entity's index and
 * used to fetch every row they counted from the table. A scored event's row is wide (its
 * explanation), so a customer's last 30 days were some 60 pages scattered over the month's
 * partition: on the card data, once the month's partition outgrew the buffer cache, each score
 * read about 80 pages from outside it and batch throughput fell from 1,500 to 620 events/s
 * within 300,000 events. The per-entity indexes now carry what the look-ups read, so PostgreSQL
 * answers them from the index alone (an index-only scan, for every page autovacuum has marked
 * all-visible), and a customer's history is one or two index pages.
 */
const INDEXES = [
  ['user', 'user_id'],
  ['device', 'device_id'],
  ['ip', 'ip'],
  ['recipient', 'recipient_key'],
  ['email', 'email'],
  ['phone', 'phone'],
] as const;

const USER_INCLUDE = '"kind", "amount_base", "fraud_confirmed", "fraud_reported_at"';
const ENTITY_INCLUDE = `${USER_INCLUDE}, "user_id"`;

function create(name: string, column: string, include: string | null): string {
  return `create index "scored_event_${name}_index" on "scored_event" ("tenant_id", "mode", "${column}", "occurred_at")${include ? ` include (${include})` : ''} where "${column}" is not null`;
}

export class Migration20261211000000CoveringHistoryIndexes extends Migration {
  override async up(): Promise<void> {
    for (const [name, column] of INDEXES) {
      this.addSql(`drop index if exists "scored_event_${name}_index"`);
      this.addSql(create(name, column, name === 'user' ? USER_INCLUDE : ENTITY_INCLUDE));
    }
  }

  override async down(): Promise<void> {
    for (const [name, column] of INDEXES) {
      this.addSql(`drop index if exists "scored_event_${name}_index"`);
      this.addSql(create(name, column, null));
    }
  }
}
