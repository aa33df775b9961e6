import { Migration } from '@mikro-orm/migrations';

/**
 * A scored event's documents (its explanation, its input and its snapshot) make its row some
 * 4 kB, above the size where PostgreSQL compresses a row's widest values before storing it. With
 * the default method (pglz) that compression was about a tenth of the database's CPU on the card
 * data replay; lz4 compresses the same documents several times faster, to rows about 15 % larger.
 * Servers built without lz4 (the embedded one, for instance) keep pglz: the statement would fail
 * there. Every partition gets the method (setting it on the partitioned table does not reach the
 * existing ones), and new partitions copy it (db/partitions.ts creates them "including
 * compression"). Only rows written from now on are compressed with it; nothing is rewritten.
 */
const COLUMNS = ['result', 'input', 'snapshot'] as const;

function setCompression(method: 'lz4' | 'default'): string {
  const alter = COLUMNS.map((c) => `alter column "${c}" set compression ${method}`).join(', ');
  return `do $$
declare rel regclass;
begin
  if not exists (select 1 from pg_settings
                  where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
    return;
  end if;
  for rel in select 'scored_event'::regclass
             union all select inhrelid::regclass from pg_inherits
                        where inhparent = 'scored_event'::regclass loop
    execute format('alter table %s ${alter}', rel);
  end loop;
end $$`;
}

export class Migration20261212000000Lz4EventDocuments extends Migration {
  override async up(): Promise<void> {
    this.addSql(setCompression('lz4'));
  }

  override async down(): Promise<void> {
    this.addSql(setCompression('default'));
  }
}
