import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { RuleOverride } from '../../engine/policy.js';

/**
 * The platform's defaults for the built-in rules (one row): what every tenant inherits unless
 * its own policy overrides the rule. Set by the platform administrator.
 */
@Entity({ tableName: 'platform_policy' })
@Check({ name: 'platform_policy_id_check', expression: '"id" = 1' })
export class PlatformPolicyEntity {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id: number = 1;

  @Property({ type: 'json' })
  ruleOverrides: Record<string, RuleOverride> = {};

  @Property({ type: 'string', length: 255 })
  updatedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
