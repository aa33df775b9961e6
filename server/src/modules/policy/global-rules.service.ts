import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RuleOverride } from '../../engine/policy.js';
import type { Actor } from '../audit/audit.service.js';
import { PlatformPolicyEntity } from './platform-policy.entity.js';
import { applyRuleSettings, type RuleSettingsInput } from './policy-validation.js';

/**
 * The platform's defaults for the built-in rules: every tenant inherits them for each rule its
 * own policy does not override. Only the platform administrator changes them; a change reaches
 * every tenant's next score.
 */
export class GlobalRulesService {
  constructor(private readonly em: EntityManager) {}

  async overrides(): Promise<Record<string, RuleOverride>> {
    const row = await this.em.findOne(PlatformPolicyEntity, { id: 1 }, { refresh: true });
    return row?.ruleOverrides ?? {};
  }

  /** Changes one rule's platform default (weight, status, parameters), checked as a tenant's. */
  async update(input: RuleSettingsInput, actor: Actor): Promise<Record<string, RuleOverride>> {
    return this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      let row = await em.findOne(
        PlatformPolicyEntity,
        { id: 1 },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (!row) {
        row = em.create(PlatformPolicyEntity, {
          id: 1,
          ruleOverrides: {},
          updatedBy: actor.label,
          updatedAt: new Date(),
        });
        await em.flush();
      }
      const after = applyRuleSettings(row.ruleOverrides[input.code] ?? {}, input);
      row.ruleOverrides = { ...row.ruleOverrides, [input.code]: after };
      row.updatedBy = actor.label;
      row.updatedAt = new Date();
      return row.ruleOverrides;
    });
  }
}
