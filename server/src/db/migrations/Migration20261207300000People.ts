import { Migration } from '@mikro-orm/migrations';

/**
 * People lifecycle and login backoff: a per-user session version that every console token
 * carries (bumping it ends the user's tokens), the one-time password state of a reset, and
 * lockouts of one e-mail from one address with growing length.
 */
export class Migration20261207300000People extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "app_user" add column "token_version" int not null default 0,
        add column "must_change_password" boolean not null default false,
        add column "one_time_password_used_at" timestamptz null`,
    );
    this.addSql(
      `create table "login_lockout" (
        "email" varchar(255) not null,
        "ip" varchar(64) not null,
        "lockouts" int not null,
        "locked_until" timestamptz not null,
        constraint "login_lockout_pkey" primary key ("email", "ip"))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_lockout"`);
    this.addSql(
      `alter table "app_user" drop column "token_version",
        drop column "must_change_password",
        drop column "one_time_password_used_at"`,
    );
  }
}
