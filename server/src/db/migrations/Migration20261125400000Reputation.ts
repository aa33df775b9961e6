import { Migration } from '@mikro-orm/migrations';

/** Platform reputation lists: disposable domains, TOR exits, hosting networks. */
export class Migration20261125400000Reputation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "reputation_entry" ("id" uuid not null, "kind" text check ("kind" in ('DISPOSABLE_DOMAIN', 'TOR_EXIT', 'HOSTING_NETWORK')) not null, "value" varchar(300) not null, "source" varchar(255) not null, "created_at" timestamptz not null, constraint "reputation_entry_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "reputation_entry" add constraint "reputation_entry_kind_value_unique" unique ("kind", "value")`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reputation_entry" cascade`);
  }
}
