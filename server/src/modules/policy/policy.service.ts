import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseSettings } from '../../domain/cases.js';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { EVENT_KINDS, type EventKind, type Thresholds } from '../../engine/types.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { isCurrency } from '../scoring/currency.js';
import { PlatformPolicyEntity } from './platform-policy.entity.js';
import { tenantPolicy, type TenantScoringPolicy } from './policy.js';
import { withCaseSettings, withRuleSettings, withThresholds } from './policy-document.js';
import { checkThresholds, type RuleSettingsInput } from './policy-validation.js';
import { PolicyVersionService } from './policy-version.service.js';
import { lockTenantPolicy, versionOfMode } from './policy-version.store.js';
import { TenantPolicyEntity } from './tenant-policy.entity.js';

export const EVENT_KINDS_FOR_POLICY = EVENT_KINDS;
export type PolicyEventKind = EventKind;
export type { RuleSettingsInput } from './policy-validation.js';

/**
 * A tenant's effective scoring policy, and the one-step settings changes that predate policy
 * versions (each publishes a version to both modes; see PolicyVersionService.publishChange).
 */
export class PolicyService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  private get versions() {
    return new PolicyVersionService(this.em, this.tenantId);
  }

  /** What `mode` (default LIVE) scores with: platform defaults, the version, the currency settings. */
  async effective(
    mode: Mode = 'LIVE',
  ): Promise<
    TenantScoringPolicy & { requireApproval: boolean; liveVersion: number; testVersion: number }
  > {
    const row = await this.em.findOne(
      TenantPolicyEntity,
      { tenantId: this.tenantId },
      { refresh: true },
    );
    const platform = await this.em.findOne(PlatformPolicyEntity, { id: 1 }, { refresh: true });
    const { number, document } = await this.versions.currentDocument(mode);
    const policy = tenantPolicy({
      ...document,
      version: number,
      base_currency: row?.baseCurrency,
      currency_rates: row?.currencyRates,
      global_overrides: platform?.ruleOverrides ?? {},
    });
    return {
      ...policy,
      requireApproval: row?.requireApproval ?? false,
      liveVersion: versionOfMode(row, 'LIVE'),
      testVersion: versionOfMode(row, 'TEST'),
    };
  }

  async updateThresholds(kind: PolicyEventKind, input: Thresholds, actor: Actor) {
    const thresholds = checkThresholds(input);
    await this.versions.publishChange(actor, 'thresholds.update', (doc) =>
      withThresholds(doc, kind, thresholds),
    );
    return this.effective();
  }

  async updateRuleSettings(input: RuleSettingsInput, actor: Actor) {
    await this.versions.publishChange(actor, 'rule.update', (doc) => withRuleSettings(doc, input));
    return this.effective();
  }

  /** Whether BLOCK decisions open cases too, and the SLA of new cases (1 to 720 hours). */
  async updateCaseSettings(input: Partial<CaseSettings>, actor: Actor) {
    await this.versions.publishChange(actor, 'cases.update', (doc) => withCaseSettings(doc, input));
    return this.effective();
  }

  /**
   * Sets the base currency rules compare amounts in, and the rates (units of base currency per
   * unit of each currency) that convert to it. Currencies without a rate here use the shipped
   * table. Not versioned: it describes money, not risk.
   */
  async updateCurrencySettings(
    input: { baseCurrency: string; rates: Record<string, unknown> },
    actor: Actor,
  ) {
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
    await this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      const row = await lockTenantPolicy(em, this.tenantId);
      recordAudit(em, actor, {
        tenantId: this.tenantId,
        action: 'policy.currency.update',
        entityType: 'CurrencySettings',
        entityId: this.tenantId,
        before: { baseCurrency: row.baseCurrency, rates: row.currencyRates },
        after: { baseCurrency: base, rates },
      });
      row.baseCurrency = base;
      row.currencyRates = rates;
      row.updatedAt = new Date();
    });
    return this.effective();
  }
}
