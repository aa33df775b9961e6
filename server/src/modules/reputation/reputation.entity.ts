import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** Platform-wide reputation lists, owned by the platform admin (not tenant data). */
export const REPUTATION_KINDS = ['DISPOSABLE_DOMAIN', 'TOR_EXIT', 'HOSTING_NETWORK'] as const;
export type ReputationKind = (typeof REPUTATION_KINDS)[number];

/**
 * One entry: a disposable-mail domain (added to the shipped package's list), a TOR exit address,
 * or a hosting / high-risk network (CIDR, e.g. a data-centre ASN's prefixes).
 */
@Entity({ tableName: 'reputation_entry' })
@Unique({ properties: ['kind', 'value'] })
// Scoring asks "is this IP a TOR exit / in a hosting network?" for every event: indexed as inet.
@Index({
  name: 'reputation_entry_tor_index',
  expression: `create index "reputation_entry_tor_index" on "reputation_entry" (("value"::inet)) where "kind" = 'TOR_EXIT'`,
})
@Index({
  name: 'reputation_entry_hosting_index',
  expression: `create index "reputation_entry_hosting_index" on "reputation_entry" using gist (("value"::inet) inet_ops) where "kind" = 'HOSTING_NETWORK'`,
})
export class ReputationEntryEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: [...REPUTATION_KINDS] })
  kind!: ReputationKind;

  @Property({ type: 'string', length: 300 })
  value!: string;

  /** Where it came from (the imported file's name). */
  @Property({ type: 'string', length: 255 })
  source!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
