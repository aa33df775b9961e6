import { Migration } from '@mikro-orm/migrations';

/**
 * Existing partitions of scored_event get the autovacuum settings that new ones are created with
 * (db/partitions.ts, PARTITION_STORAGE, where the reason is): a vacuum every 10,000 inserted
 * events plus 1 % of the partition, rather than every fifth of its size. The values are written
 * out here so that this migration does not change when the module does.
 */
const SETTINGS = [
  'autovacuum_vacuum_insert_threshold = 10000',
  'autovacuum_vacuum_insert_scale_factor = 0.01',
];

function forEachPartition(statement: string): string {
  return `do $$
declare rel regclass;
begin
  for rel in select inhrelid::regclass from pg_inherits
              where inhparent = 'scored_event'::regclass loop
    execute format('alter table %s ${statement}', rel);
  end loop;
end $$`;
}

export class Migration20261212100000PartitionVacuumThresholds extends Migration {
  override async up(): Promise<void> {
    this.addSql(forEachPartition(`set (${SETTINGS.join(', ')})`));
  }

  override async down(): Promise<void> {
    const names = SETTINGS.map((s) => s.split(' ')[0]);
    this.addSql(forEachPartition(`reset (${names.join(', ')})`));
  }
}
