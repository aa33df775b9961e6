import { ACCOUNT_RULES_BY_CODE } from '../../engine/account/rules.js';
import { DEFAULT_CASE_SETTINGS, type CaseSettings } from '../../domain/cases.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import { parseInput } from '../../domain/validation.js';
import type { RuleOverride } from '../../engine/policy.js';
import { RULES_BY_CODE } from '../../engine/rules/index.js';
import {
  RULE_STATUSES,
  type RuleParams,
  type RuleStatus,
  type Thresholds,
} from '../../engine/types.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { isCurrency } from '../scoring/currency.js';
import { tenantPolicy, type TenantScoringPolicy } from './policy.js';
import { TenantPolicyEntity } from './tenant-policy.entity.js';
import { ensureTenantPolicy } from './tenant-policy.store.js';

import { EVENT_KINDS, type EventKind } from '../../engine/types.js';

export const EVENT_KINDS_FOR_POLICY = EVENT_KINDS;
export type PolicyEventKind = EventKind;

const score = z
  .number()
  .int('must be an integer')
  .min(0, 'must be from 0 to 100')
  .max(100, 'must be from 0 to 100');

const thresholdsSchema = z
  .object({ review: score.nullable(), challenge: score.nullable(), block: score.nullable() })
  .superRefine((t, ctx) => {
    const bands = [t.review, t.challenge, t.block].filter((v): v is number => v !== null);
    for (let i = 1; i < bands.length; i++) {
      if (bands[i]! <= bands[i - 1]!) {
        ctx.addIssue({
          code: 'custom',
          message: 'bands must increase: review < challenge < block',
        });
        return;
      }
    }
  });

export interface RuleSettingsInput {
  code: string;
  weight?: number | null;
  status?: RuleStatus | null;
  params?: Record<string, unknown> | null;
}

/** Checks overridden parameters against the default's: same keys, same kinds of values. */
function checkParams(
  code: string,
  params: Record<string, unknown>,
  problems: FieldProblem[],
): RuleParams {
  // A code in both packs (DEVICE_REUSED, TOR_EXIT…) takes either pack's parameters.
  const defaults = {
    ...ACCOUNT_RULES_BY_CODE.get(code)?.params,
    ...RULES_BY_CODE.get(code)?.params,
  };
  const out: RuleParams = {};
  for (const [key, value] of Object.entries(params)) {
    const field = `input.params.${key}`;
    const expected = Object.hasOwn(defaults, key) ? defaults[key] : undefined;
    if (expected === undefined) {
      const known = Object.keys(defaults);
      problems.push({
        field,
        message: known.length
          ? `unknown parameter; ${code} takes ${known.join(', ')}`
          : `${code} takes no parameters`,
      });
    } else if (typeof expected === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        problems.push({ field, message: 'must be a non-negative number' });
      else out[key] = value;
    } else if (
      !Array.isArray(value) ||
      !value.every((v) => typeof v === 'string' && v.length <= 64)
    ) {
      problems.push({ field, message: 'must be a list of strings' });
    } else {
      out[key] = value.map((v) => (v as string).toUpperCase());
    }
  }
  return out;
}

/** A tenant's scoring policy: thresholds per event kind, rule weights / parameters / status. */
export class PolicyService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  /**
   * Runs `change` on this tenant's policy row, created if missing and locked for the rest of the
   * transaction, so concurrent administrators never overwrite each other's changes.
   */
  private async update(
    change: (row: TenantPolicyEntity, em: EntityManager) => void,
  ): Promise<TenantScoringPolicy> {
    await this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      await ensureTenantPolicy(em, this.tenantId);
      const row = await em.findOneOrFail(
        TenantPolicyEntity,
        { tenantId: this.tenantId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      change(row, em);
      row.updatedAt = new Date();
    });
    return this.effective();
  }

  async effective(): Promise<TenantScoringPolicy> {
    const row = await this.em.findOne(
      TenantPolicyEntity,
      { tenantId: this.tenantId },
      { refresh: true },
    );
    return tenantPolicy(
      row
        ? {
            base_currency: row.baseCurrency,
            currency_rates: row.currencyRates,
            transaction_thresholds: row.transactionThresholds,
            account_thresholds: row.accountThresholds,
            rule_overrides: row.ruleOverrides,
            case_settings: row.caseSettings,
          }
        : null,
    );
  }

  async updateThresholds(
    kind: PolicyEventKind,
    input: Thresholds,
    actor: Actor,
  ): Promise<TenantScoringPolicy> {
    const thresholds = parseInput(thresholdsSchema, input, 'thresholds');
    return this.update((row, em) => {
      const before = kind === 'TRANSACTION' ? row.transactionThresholds : row.accountThresholds;
      if (kind === 'TRANSACTION') row.transactionThresholds = thresholds;
      else row.accountThresholds = thresholds;
      recordAudit(em, actor, {
        tenantId: this.tenantId,
        action: 'policy.thresholds.update',
        entityType: 'Thresholds',
        entityId: kind,
        before: before ? { ...before } : null,
        after: { ...thresholds },
      });
    });
  }

  /**
   * Sets the base currency rules compare amounts in, and the rates (units of base currency per
   * unit of each currency) that convert to it. Currencies without a rate here use the shipped table.
   */
  async updateCurrencySettings(
    input: { baseCurrency: string; rates: Record<string, unknown> },
    actor: Actor,
  ): Promise<TenantScoringPolicy> {
    const problems: FieldProblem[] = [];
    const base = input.baseCurrency.trim().toUpperCase();
    if (!isCurrency(base))
      problems.push({ field: 'baseCurrency', message: 'must be an ISO 4217 currency code' });
    const rates: Record<string, number> = {};
    const entries = Object.entries(input.rates ?? {});
    if (entries.length > 200) problems.push({ field: 'rates', message: 'at most 200 currencies' });
    for (const [code, rate] of entries.slice(0, 200)) {
      const upper = code.toUpperCase();
      if (!isCurrency(upper))
        problems.push({ field: `rates.${code}`, message: 'is not an ISO 4217 currency code' });
      else if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) {
        problems.push({ field: `rates.${code}`, message: 'must be a positive number' });
      } else rates[upper] = rate;
    }
    if (problems.length) throw new BadUserInputError(problems);
    return this.update((row, em) => {
      const before = { baseCurrency: row.baseCurrency, rates: row.currencyRates };
      row.baseCurrency = base;
      row.currencyRates = rates;
      recordAudit(em, actor, {
        tenantId: this.tenantId,
        action: 'policy.currency.update',
        entityType: 'CurrencySettings',
        entityId: this.tenantId,
        before,
        after: { baseCurrency: base, rates },
      });
    });
  }

  /** Whether BLOCK decisions open cases too, and the SLA of new cases (1 to 720 hours). */
  async updateCaseSettings(
    input: Partial<CaseSettings>,
    actor: Actor,
  ): Promise<TenantScoringPolicy> {
    const problems: FieldProblem[] = [];
    const slaHours = input.slaHours;
    if (slaHours != null && (!Number.isInteger(slaHours) || slaHours < 1 || slaHours > 720))
      problems.push({
        field: 'slaHours',
        message: 'must be a whole number of hours from 1 to 720',
      });
    if (problems.length) throw new BadUserInputError(problems);
    return this.update((row, em) => {
      const before = { ...DEFAULT_CASE_SETTINGS, ...(row.caseSettings ?? {}) };
      const after: CaseSettings = {
        openOnBlock: input.openOnBlock ?? before.openOnBlock,
        slaHours: slaHours ?? before.slaHours,
      };
      row.caseSettings = after;
      recordAudit(em, actor, {
        tenantId: this.tenantId,
        action: 'policy.cases.update',
        entityType: 'CaseSettings',
        entityId: this.tenantId,
        before: { ...before },
        after: { ...after },
      });
    });
  }

  async updateRuleSettings(input: RuleSettingsInput, actor: Actor): Promise<TenantScoringPolicy> {
    const definition = RULES_BY_CODE.get(input.code) ?? ACCOUNT_RULES_BY_CODE.get(input.code);
    if (!definition) {
      throw new BadUserInputError([
        { field: 'input.code', message: `unknown rule; see the rules query for the codes` },
      ]);
    }
    const problems: FieldProblem[] = [];
    if (
      input.weight != null &&
      (!Number.isInteger(input.weight) || input.weight < 0 || input.weight > 100)
    ) {
      problems.push({ field: 'input.weight', message: 'must be an integer from 0 to 100' });
    }
    if (input.status != null && !RULE_STATUSES.includes(input.status)) {
      problems.push({
        field: 'input.status',
        message: `must be one of ${RULE_STATUSES.join(', ')}`,
      });
    }
    const params = input.params ? checkParams(input.code, input.params, problems) : undefined;
    if (problems.length) throw new BadUserInputError(problems);

    return this.update((row, em) => {
      const before: RuleOverride = row.ruleOverrides[input.code] ?? {};
      const after: RuleOverride = {
        ...before,
        ...(input.weight != null ? { weight: input.weight } : {}),
        ...(input.status != null ? { status: input.status } : {}),
        ...(params ? { params: { ...before.params, ...params } } : {}),
      };
      row.ruleOverrides = { ...row.ruleOverrides, [input.code]: after };
      recordAudit(em, actor, {
        tenantId: this.tenantId,
        action: 'policy.rule.update',
        entityType: 'Rule',
        entityId: input.code,
        before: { ...before },
        after: { ...after },
      });
    });
  }
}
